#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::io {

/** One record as read: its fields, where it stood in the file, and its original text for a rejects file. */
struct CsvRecord {
    std::vector<std::string_view> fields; // valid until the next call to CsvReader::next
    std::size_t line = 0;                 // 1-based line the record starts on
    std::string_view raw;                 // the record's text without its line break
    std::string error;                    // non-empty when the record is malformed (an unterminated quote)
};

/**
 * Reads RFC 4180 records from UTF-8 text held in memory, without copying unquoted fields.
 *
 * Quoted fields may hold delimiters, doubled quotes and line breaks; line breaks may be CRLF, LF or CR,
 * mixed. A quote that never closes makes the rest of the text one malformed record with an error naming
 * the line it opened on, so the caller can reject it instead of guessing. Blank lines are skipped.
 */
class CsvReader {
public:
    CsvReader(std::string_view text, char delimiter);

    /** Reads the next record; false at the end of the text. */
    bool next(CsvRecord& record);

    /** Bytes consumed so far, for progress. */
    [[nodiscard]] std::size_t offset() const { return m_position; }

private:
    std::string_view unquote(std::string_view quoted);

    std::string_view m_text;
    char m_delimiter;
    std::size_t m_position = 0;
    std::size_t m_line = 1;
    // Fields that needed unescaping live here; a deque keeps earlier strings in place as it grows.
    std::deque<std::string> m_unescaped;
    std::size_t m_unescapedUsed = 0;
};

/**
 * The delimiter among comma, semicolon and tab that splits the first lines into the most consistent number
 * of fields (at least two). Comma when nothing splits.
 */
char detectDelimiter(std::string_view text);

} // namespace rapport::io
