import SahifaCore
import SahifaTestSupport
import Testing

@Suite("Recognising uploaded pictures by their bytes")
struct PictureInspectorTests {
    @Test("JPEG, PNG, GIF and WebP are recognised with the size their header gives")
    func recognised() throws {
        for (bytes, kind) in [
            (SamplePictures.png, MediaKind.png), (SamplePictures.gif, .gif), (SamplePictures.jpeg, .jpeg),
            (SamplePictures.webp, .webp),
        ] {
            let found = try #require(PictureInspector.inspect(bytes), "\(kind)")
            #expect(found.kind == kind && found.width == 640 && found.height == 360, "\(kind)")
        }
    }

    @Test("text, SVG, a cut-off header or a zero size is not a picture, whatever the file is called")
    func refused() {
        #expect(PictureInspector.inspect(Array("just some text, named photo.png".utf8)) == nil)
        #expect(PictureInspector.inspect(Array("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".utf8)) == nil)
        #expect(PictureInspector.inspect(Array(SamplePictures.png.prefix(18))) == nil)
        #expect(PictureInspector.inspect(Array(SamplePictures.jpeg.prefix(12))) == nil)
        var empty = SamplePictures.gif
        empty[6] = 0
        empty[7] = 0
        #expect(PictureInspector.inspect(empty) == nil)
    }
}
