import ArgumentParser
import BeredskapCore
import BeredskapRegion
import Foundation

struct RegionStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Hvert sykehus i regionen: beredskapsnivå, åpne hendelser, systemer som er nede, avbruddsklokker, siste synk.",
        discussion: "Leser bare regionens database. Øvelsesjournalene vises med --exercise, aldri sammen med de reelle.")

    @OptionGroup var region: RegionConnectionArgument
    @Flag(help: "Vis øvelsesjournalene i stedet for de reelle.") var exercise = false
    @Flag(help: "Skriv som JSON (for skript).") var json = false

    func run() throws {
        let picture = try RegionPicture.read(try region.connect(), kind: exercise ? .exercise : .real, now: Date())
        if json {
            try JSONOutput.print(picture)
        } else {
            print(picture.text(timeZone: .current))
        }
    }
}
