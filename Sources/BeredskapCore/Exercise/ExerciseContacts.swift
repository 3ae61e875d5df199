extension Organisation {
    /// Shown instead of every phone number in an exercise: the facilitator plays the contacts, and a real
    /// vendor, HelseCERT or Datatilsynet must never get a call about an attack that is not happening.
    public static let exercisePhone = "ØVELSE – ikke ring"

    /// The organisation with every contact's numbers replaced by `exercisePhone`: what every screen of an exercise
    /// journal is drawn from (the command line applies it when it opens an exercise journal).
    public var withoutRealContacts: Organisation {
        var copy = self
        for i in copy.contacts.indices {
            copy.contacts[i].phones = [Self.exercisePhone]
        }
        return copy
    }
}
