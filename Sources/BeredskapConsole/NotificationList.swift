import BeredskapCore
import Foundation

/// A notification duty with the contact behind it, as the Varsling screen lists it.
public enum NotificationList {
    /// The number to try now: the contact's numbers in order, moving on one per attempt and starting over.
    public static func nextNumber(for duty: NotificationDuty, in organisation: Organisation) -> String? {
        guard let phones = duty.contact.flatMap(organisation.contact)?.phones, !phones.isEmpty else { return nil }
        return phones[duty.attempts.count % phones.count]
    }
}
