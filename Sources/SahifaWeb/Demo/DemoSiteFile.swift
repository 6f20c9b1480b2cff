/// `site.json` of the demo content: settings, sections, authors, pictures, breaking news.
struct DemoSiteFile: Decodable {
    var name: String
    var tagline: String
    var copyright: String
    var logo: String
    var digits: String
    var timeZone: String
    var social: [Social]
    var sections: [NamedSlug]
    var authors: [Author]
    var images: [Image]
    var breaking: [Breaking]

    struct Social: Decodable {
        var network: String
        var label: String
        var url: String
    }

    struct NamedSlug: Decodable {
        var slug: String
        var name: String
    }

    struct Author: Decodable {
        var slug: String
        var name: String
        var bio: String
    }

    struct Image: Decodable {
        var file: String
        var alt: String
        var caption: String
        var credit: String
        var width: Int
        var height: Int
    }

    struct Breaking: Decodable {
        var text: String
        var article: String?
        var hoursToExpire: Double
    }
}
