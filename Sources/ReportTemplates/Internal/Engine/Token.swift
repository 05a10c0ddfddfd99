/// What the scanner finds: a run of text (a byte range, at most one line, newline included) or a tag.
enum Token {
    case text(Range<Int>)
    case tag(TemplateTag)
}
