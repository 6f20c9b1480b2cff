import ArgumentParser
import SahifaWeb

/// `sahifa serve`'s options for slow and idle clients and how many may be connected.
struct ConnectionOptions: ParsableArguments {
    @Option(
        name: .customLong("request-head-timeout"),
        help: ArgumentHelp(
            "Seconds a client has to send a whole request head after connecting (default 10). "
                + "Env: SAHIFA_REQUEST_HEAD_TIMEOUT.",
            valueName: "s"))
    var headTimeout: Int?

    @Option(
        name: .customLong("request-body-timeout"),
        help: ArgumentHelp(
            "Seconds a request body may stop arriving before the connection is closed (default 30). "
                + "Env: SAHIFA_REQUEST_BODY_TIMEOUT.",
            valueName: "s"))
    var bodyTimeout: Int?

    @Option(
        name: .customLong("idle-timeout"),
        help: ArgumentHelp(
            "Seconds a kept-alive connection may wait for its next request (default 30). Env: SAHIFA_IDLE_TIMEOUT.",
            valueName: "s"))
    var idleTimeout: Int?

    @Option(
        name: .customLong("max-connections"),
        help: ArgumentHelp(
            "Most connections at once; past it new ones get 503 (default: the open-file limit, which serve raises "
                + "to its hard limit, less \(ConnectionLimits.reservedFiles)). Env: SAHIFA_MAX_CONNECTIONS.",
            valueName: "n"))
    var maxConnections: Int?

    func validate() throws {
        _ = try limits(openFiles: Int(Int32.max))
    }

    /// The limits these options and the environment set, the rest at their defaults.
    func limits(openFiles: Int) throws -> ConnectionLimits {
        func seconds(_ flag: Int?, _ variable: String, _ option: String, default fallback: Int) throws -> Duration {
            .seconds(try Environment.number(flag, variable: variable, option: option, in: 1...3600) ?? fallback)
        }
        return ConnectionLimits(
            headTimeout: try seconds(headTimeout, "SAHIFA_REQUEST_HEAD_TIMEOUT", "--request-head-timeout", default: 10),
            bodyTimeout: try seconds(bodyTimeout, "SAHIFA_REQUEST_BODY_TIMEOUT", "--request-body-timeout", default: 30),
            idleTimeout: try seconds(idleTimeout, "SAHIFA_IDLE_TIMEOUT", "--idle-timeout", default: 30),
            maxConnections: try Environment.number(
                maxConnections, variable: "SAHIFA_MAX_CONNECTIONS", option: "--max-connections", in: 1...1_000_000)
                ?? ConnectionLimits.defaultMaxConnections(openFiles: openFiles))
    }
}
