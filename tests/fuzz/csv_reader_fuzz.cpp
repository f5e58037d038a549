// libFuzzer target for the CSV reader and the value parsers it feeds: any bytes must end in records or a clear
// error, never a crash, a hang or a field that points outside the text. Built with clang as a fuzzer
// (RAPPORT_FUZZ=ON, see the README); with any compiler as a test that replays the corpus.
#include "io/csv_reader.h"
#include "io/text_encoding.h"
#include "io/value_parsers.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>

namespace {

bool inside(std::string_view part, std::string_view whole) {
    return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

void require(bool condition) {
    if (!condition) {
        std::abort(); // the fuzzer reports the input that got here
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto encoding = rapport::io::detectEncoding(bytes);
    std::string text;
    try {
        text = rapport::io::toUtf8(bytes, encoding.encoding);
    } catch (const std::runtime_error&) {
        return 0; // documented: a byte the guessed encoding cannot decode is reported, and the import refused
    }
    const char delimiter = rapport::io::detectDelimiter(text);
    rapport::io::CsvReader reader(text, delimiter);
    rapport::io::CsvRecord record;
    std::size_t records = 0;
    std::size_t lastOffset = 0;
    while (reader.next(record)) {
        ++records;
        require(records <= text.size() + 1); // a record consumes text: no endless loop
        require(reader.offset() > lastOffset || text.empty());
        lastOffset = reader.offset();
        require(inside(record.raw, text));
        require(record.line >= 1);
        for (const auto field : record.fields) {
            require(field.size() <= text.size()); // a view into the text, or an unescaped copy of part of it
            (void)rapport::io::parseDate(field, rapport::io::DateOrder::DayMonthYear);
            (void)rapport::io::parseDate(field, rapport::io::DateOrder::MonthDayYear);
            (void)rapport::io::parseMoney(field, rapport::io::DecimalSeparator::Comma);
            (void)rapport::io::parseMoney(field, rapport::io::DecimalSeparator::Point);
            (void)rapport::io::parseInteger(field);
            (void)rapport::io::foldCase(field);
        }
    }
    require(reader.offset() <= text.size());
    return 0;
}
