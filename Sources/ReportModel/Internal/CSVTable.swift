/// An RFC 4180 table whose every cell knows where it was written.
struct CSVTable {
    struct Cell {
        let text: String
        let line: Int
        let column: Int
    }

    struct Failure: Error {
        let message: String
        let line: Int
        let column: Int
    }

    /// Rows of cells, the header first.
    let rows: [[Cell]]

    init(parsing text: String) throws(Failure) {
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var field = ""
        var line = 1, column = 1
        var start = (line: 1, column: 1)
        var quoted = false, inQuotes = false, afterQuote = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()

        func finishField() {
            row.append(Cell(text: field, line: start.line, column: start.column))
            field = ""
            quoted = false
            afterQuote = false
        }

        while let scalar = pending {
            pending = scalars.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                        column += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                continue
            }
            switch scalar {
            case ",":
                finishField()
                column += 1
                start = (line, column)
            case "\r" where pending == "\n":
                column += 1
            case "\n", "\r":
                finishField()
                if !(row.count == 1 && row[0].text.isEmpty && !quoted) { rows.append(row) }
                row = []
                line += 1
                column = 1
                start = (line, column)
            case "\"" where field.isEmpty && !quoted:
                inQuotes = true
                quoted = true
                column += 1
            default:
                if afterQuote {
                    throw Failure(message: "unexpected text after a closing quote", line: line, column: column)
                }
                if scalar == "\"" {
                    throw Failure(message: "a quote inside an unquoted field; quote the whole field and double the quote", line: line, column: column)
                }
                field.unicodeScalars.append(scalar)
                column += 1
            }
        }
        if inQuotes { throw Failure(message: "a quoted field is not closed", line: start.line, column: start.column) }
        if !field.isEmpty || !row.isEmpty || quoted {
            finishField()
            rows.append(row)
        }
        self.rows = rows
    }
}
