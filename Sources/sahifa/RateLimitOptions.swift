import ArgumentParser
import SahifaWeb

/// `sahifa serve`'s options for who the client is behind a proxy and how many requests a
/// minute one caller may make.
struct RateLimitOptions: ParsableArguments {
    @Option(
        name: .customLong("trusted-proxies"),
        help: ArgumentHelp(
            "Addresses of proxies whose X-Forwarded-For names the client, comma-separated (default: this machine). "
                + "Env: SAHIFA_TRUSTED_PROXIES.",
            valueName: "list"))
    var trustedProxies: String?

    @Option(
        name: .customLong("api-rate-limit"),
        help: ArgumentHelp(
            "API v1 requests a minute per token; 0 for no limit (default 600). Env: SAHIFA_API_RATE_LIMIT.",
            valueName: "n"))
    var apiPerToken: Int?

    @Option(
        name: .customLong("api-address-rate-limit"),
        help: ArgumentHelp(
            "API v1 requests a minute per address without a token; 0 for no limit (default 300). "
                + "Env: SAHIFA_API_ADDRESS_RATE_LIMIT.",
            valueName: "n"))
    var apiPerAddress: Int?

    @Option(
        name: .customLong("search-rate-limit"),
        help: ArgumentHelp(
            "Searches a minute per address; 0 for no limit (default 120). Env: SAHIFA_SEARCH_RATE_LIMIT.",
            valueName: "n"))
    var searchPerAddress: Int?

    func validate() throws {
        _ = try limits()
    }

    func limits() throws -> RateLimits {
        let defaults = RateLimits()
        func number(_ flag: Int?, _ variable: String, _ option: String, _ fallback: Int) throws -> Int {
            try Environment.number(flag, variable: variable, option: option, in: 0...1_000_000) ?? fallback
        }
        return RateLimits(
            apiPerToken: try number(apiPerToken, "SAHIFA_API_RATE_LIMIT", "--api-rate-limit", defaults.apiPerToken),
            apiPerAddress: try number(
                apiPerAddress, "SAHIFA_API_ADDRESS_RATE_LIMIT", "--api-address-rate-limit", defaults.apiPerAddress),
            searchPerAddress: try number(
                searchPerAddress, "SAHIFA_SEARCH_RATE_LIMIT", "--search-rate-limit", defaults.searchPerAddress))
    }

    var proxies: TrustedProxies {
        guard let listed = trustedProxies ?? Environment.value("SAHIFA_TRUSTED_PROXIES") else {
            return TrustedProxies()
        }
        return TrustedProxies(
            Set(listed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }))
    }
}
