import Foundation
import SahifaCore

/// A password typed for `sahifa user`: twice on a terminal without echo, otherwise the
/// first line of standard input; never from a flag, where the process list would show it.
enum PasswordPrompt {
    static func read() throws -> String {
        if isatty(STDIN_FILENO) == 1 {
            guard let first = getpass("Password (10 characters or more): ").map({ String(cString: $0) }),
                let second = getpass("The same password again: ").map({ String(cString: $0) })
            else { throw CommandFailure("no password was typed") }
            guard first == second else { throw CommandFailure("the two passwords differ; run the command again") }
            return first
        }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw CommandFailure("give the password on the first line of standard input")
        }
        return line
    }

    static func describe(_ problem: AccountValidationError) -> String {
        switch problem {
        case .emailInvalid: "--email is not an e-mail address"
        case .emailTaken: "an account with this e-mail already exists"
        case .nameMissing: "--name is empty"
        case .nameTooLong(let limit): "--name is longer than \(limit) characters"
        case .passwordTooShort(let minimum): "the password is shorter than \(minimum) characters"
        case .passwordTooLong(let limit): "the password is longer than \(limit) characters"
        case .passwordsDiffer: "the two passwords differ"
        case .currentPasswordWrong: "the current password is wrong"
        }
    }
}
