/// A failure the operator can fix, said in one line; ArgumentParser prints it after
/// "Error:" and the command exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
