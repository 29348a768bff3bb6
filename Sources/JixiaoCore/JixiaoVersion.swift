/// The version printed by `jixiao --version` and written into the PDF's Creator field.
public enum JixiaoVersion {
    public static let current = "0.1.0"
}
