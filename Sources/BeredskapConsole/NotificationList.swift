import BeredskapCore
import Foundation

/// A notification duty with the contact behind it, as the Varsling screen lists it.
public enum NotificationList {
    /// The rows of Varsling: the calls still to make in the order «Hva nå?» names them (`NextActions.callOrder`),
    /// then the settled ones in the order they were required. The overview and Varsling never disagree on who is first.
    public static func rows(_ incident: Incident) -> [NotificationDuty] {
        NextActions.callOrder(incident) + incident.duties.filter { !$0.isOutstanding }
    }

    /// The number to try now: the contact's numbers in order, moving on one per attempt and starting over.
    public static func nextNumber(for duty: NotificationDuty, in organisation: Organisation) -> String? {
        guard let phones = duty.contact.flatMap(organisation.contact)?.phones, !phones.isEmpty else { return nil }
        return phones[duty.attempts.count % phones.count]
    }
}
