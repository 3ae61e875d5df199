import CNCursesW
import Glibc

/// The one place that speaks ncurses: starts and restores the terminal, copies a Grid to the screen, and reads keys.
@MainActor
public final class NCursesBackend {
    private let inputDescriptor: Int32
    private let outputDescriptor: Int32
    private let monochrome: Bool

    /// Whether the terminal type (nil: `$TERM`) can move the cursor, as a full-screen console needs; `TERM=dumb`
    /// cannot, and would show one line.
    public static func canDraw(terminalType: String? = nil) -> Bool {
        beredskap_can_address_cursor(terminalType) == 1
    }

    /// Starts ncurses on a terminal. The descriptors default to the process's own; tests pass /dev/null.
    /// Colour is used unless the terminal has none or NO_COLOR is set; the level is always a word as well.
    public init?(terminalType: String? = nil, outputDescriptor: Int32 = STDOUT_FILENO, inputDescriptor: Int32 = STDIN_FILENO) {
        Self.chooseUTF8Locale()
        guard let output = fdopen(outputDescriptor, "w"), let input = fdopen(inputDescriptor, "r"),
              let screen = newterm(terminalType, output, input)
        else { return nil }
        self.inputDescriptor = inputDescriptor
        self.outputDescriptor = outputDescriptor
        set_term(screen)
        Self.restoreTerminalOnExit()
        cbreak()
        noecho()
        nonl()
        keypad(beredskap_stdscr(), true)
        nodelay(beredskap_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        monochrome = getenv("NO_COLOR") != nil || !has_colors()
        if !monochrome { Self.startColours() }
    }

    /// Puts the terminal back the way it was. The screen is not freed: the exit handler's endwin() still refers to it.
    public func stop() {
        endwin()
    }

    public var size: Size { Size(rows: Int(beredskap_lines()), columns: Int(beredskap_cols())) }

    /// For headless tests, which have no terminal to resize.
    public func resize(to size: Size) {
        resizeterm(Int32(size.rows), Int32(size.columns))
    }

    /// The frame on the terminal now; nil after a resize, when the terminal may have lost what was drawn.
    private var onScreen: Grid?

    /// Draws `grid` unless the terminal shows it already: an idle poll that renders the same frame draws nothing.
    public func show(_ grid: Grid) {
        guard grid != onScreen else { return }
        draw(grid)
        onScreen = grid
    }

    /// Copies the grid to the screen, one run of equally styled cells at a time.
    public func draw(_ grid: Grid) {
        let window = beredskap_stdscr()
        werase(window)
        for (row, cells) in grid.rows.enumerated() {
            var column = 0
            while column < cells.count {
                let style = cells[column].style
                var run: [wchar_t] = []
                var end = column
                while end < cells.count, cells[end].style == style {
                    if let character = cells[end].character {
                        run.append(contentsOf: character.unicodeScalars.map { wchar_t(bitPattern: $0.value) })
                    }
                    end += 1
                }
                run.append(0)
                let (attributes, pair) = self.attributes(for: style)
                wattr_set(window, attributes, pair, nil)
                _ = run.withUnsafeBufferPointer { mvwaddwstr(window, Int32(row), Int32(column), $0.baseAddress) }
                column = end
            }
        }
        wattr_set(window, beredskap_a_normal(), 0, nil)
        wrefresh(window)
    }

    /// Waits up to `milliseconds` for a key, a resize or the end of input.
    public func nextEvent(waiting milliseconds: Int32) -> InputEvent {
        let event = readEvent(waiting: milliseconds)
        if event == .resize { onScreen = nil }
        return event
    }

    private func readEvent(waiting milliseconds: Int32) -> InputEvent {
        var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        var wide: wint_t = 0
        let result = wget_wch(beredskap_stdscr(), &wide)
        if result == beredskap_err() { return ready > 0 ? .endOfInput : followTerminalSize() }
        if result == beredskap_key_code_yes() { return special(Int32(wide)) }
        return character(UInt32(wide))
    }

    /// ncurses reports a resize as KEY_RESIZE only when it was reading at the time; between keys, ask the kernel.
    private func followTerminalSize() -> InputEvent {
        var rows: Int32 = 0
        var columns: Int32 = 0
        guard beredskap_terminal_size(outputDescriptor, &rows, &columns) == 0,
              rows != beredskap_lines() || columns != beredskap_cols()
        else { return .timeout }
        resizeterm(rows, columns)
        return .resize
    }

    /// What ncurses holds at a cell: its character and whether it is bold (for tests).
    public func cell(row: Int, column: Int) -> (character: Character, bold: Bool)? {
        var stored = cchar_t()
        guard mvwin_wch(beredskap_stdscr(), Int32(row), Int32(column), &stored) != beredskap_err() else { return nil }
        var text = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        guard getcchar(&stored, &text, &attributes, &pair, nil) != beredskap_err(),
              let scalar = Unicode.Scalar(UInt32(bitPattern: text[0]))
        else { return nil }
        return (Character(scalar), attributes & beredskap_a_bold() != 0)
    }

    private func special(_ code: Int32) -> InputEvent {
        switch code {
        case beredskap_key_resize(): .resize
        case beredskap_key_up(): .key(.up)
        case beredskap_key_down(): .key(.down)
        case beredskap_key_ppage(): .key(.pageUp)
        case beredskap_key_npage(): .key(.pageDown)
        case beredskap_key_backspace(), beredskap_key_dc(): .key(.backspace)
        case beredskap_key_enter(): .key(.enter)
        default: .timeout
        }
    }

    private func character(_ code: UInt32) -> InputEvent {
        switch code {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 9: return .key(.tab)
        case 0..<32: return .timeout
        default: return Unicode.Scalar(code).map { .key(.character(Character($0))) } ?? .timeout
        }
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        let bold = style.bold ? beredskap_a_bold() : beredskap_a_normal()
        if monochrome {
            let attributes: attr_t = switch style.role {
            case .normal: beredskap_a_normal()
            case .bannerGreen, .bannerYellow, .bannerRed, .exercise, .selected: beredskap_a_reverse()
            case .overdue: beredskap_a_underline() | beredskap_a_bold()
            case .critical, .error: beredskap_a_bold()
            case .dim: beredskap_a_dim()
            }
            return (attributes | bold, 0)
        }
        let pair = Int16((Style.Role.allCases.firstIndex(of: style.role) ?? 0) + 1)
        let extra = style.role == .dim ? beredskap_a_dim() : beredskap_a_normal()
        return (bold | extra | beredskap_color_pair(pair), pair)
    }

    /// One colour pair per role, in the order of `Style.Role.allCases`, on the terminal's own background.
    private static func startColours() {
        start_color()
        use_default_colors()
        let colours: [(Int32, Int32)] = Style.Role.allCases.map { role in
            switch role {
            case .normal, .dim: (-1, -1)
            case .bannerGreen: (COLOR_BLACK, COLOR_GREEN)
            case .bannerYellow: (COLOR_BLACK, COLOR_YELLOW)
            case .bannerRed: (COLOR_WHITE, COLOR_RED)
            case .exercise: (COLOR_WHITE, COLOR_MAGENTA)
            case .overdue, .error: (COLOR_RED, -1)
            case .critical: (COLOR_MAGENTA, -1)
            case .selected: (COLOR_BLACK, COLOR_CYAN)
            }
        }
        for (index, (foreground, background)) in colours.enumerated() {
            init_pair(Int16(index + 1), Int16(foreground), Int16(background))
        }
    }

    /// setlocale before initscr, or æøå come out as junk; without a UTF-8 locale in the environment, use C.UTF-8.
    private static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_ALL, "C.UTF-8") }
    }

    /// A crash, a kill or Ctrl-C must not leave the terminal on the alternate screen: restore it, then die as before.
    private static func restoreTerminalOnExit() {
        for signal in [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTERM, SIGHUP, SIGINT] {
            Glibc.signal(signal, restoreTerminalAndDie)
        }
        atexit(restoreTerminal)
    }
}

// Free functions, not closures in the main actor's class: they run on whatever thread exits or faults, and a
// main-actor closure would trap there on its isolation check.
private func restoreTerminal() {
    endwin()
}

private func restoreTerminalAndDie(_ signal: Int32) {
    endwin()
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
}
