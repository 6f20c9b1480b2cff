import ArabicText

/// What an admin sets once for the whole site: its name and logo, social links,
/// the copyright line, how digits are written and which clock dates follow.
public struct SiteSettings: Sendable, Hashable {
    public var name: String
    public var tagline: String
    public var logo: MediaAsset?
    public var socialLinks: [SocialLink]
    /// The footer line, e.g. "© ٢٠٢٦ شركة … جميع الحقوق محفوظة".
    public var copyright: String
    /// Arabic-Indic (٠١٢) or Western (012) digits on every page.
    public var digits: DigitStyle
    /// IANA identifier of the newsroom's clock, e.g. `Asia/Riyadh`; dates are stored in UTC.
    public var timeZoneIdentifier: String

    public init(
        name: String,
        tagline: String,
        logo: MediaAsset?,
        socialLinks: [SocialLink],
        copyright: String,
        digits: DigitStyle,
        timeZoneIdentifier: String
    ) {
        self.name = name
        self.tagline = tagline
        self.logo = logo
        self.socialLinks = socialLinks
        self.copyright = copyright
        self.digits = digits
        self.timeZoneIdentifier = timeZoneIdentifier
    }

    /// What a new site starts with, before an admin changes anything.
    public static let initial = SiteSettings(
        name: "صحيفة",
        tagline: "",
        logo: nil,
        socialLinks: [],
        copyright: "",
        digits: .arabicIndic,
        timeZoneIdentifier: "Asia/Riyadh"
    )
}
