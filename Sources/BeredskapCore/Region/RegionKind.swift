/// Real and exercise journals: the region keeps them apart, and shows one kind at a time.
public enum RegionKind: String, Sendable, CaseIterable, Encodable {
    case real, exercise
}
