/// The columns that hold where a picture's subject is (`PictureFocus`), added to both stores
/// by one migration. All may be null: pictures recorded before, and rows of an archive taken
/// before, have no focal point.
package enum MediaFocusColumns {
    package static func sql(real: String) -> String {
        """
        ALTER TABLE media ADD COLUMN focus_x \(real);
        ALTER TABLE media ADD COLUMN focus_y \(real);
        ALTER TABLE media ADD COLUMN focus_shapes TEXT
        """
    }
}
