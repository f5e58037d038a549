#pragma once

#include "core/enum_names.h"

#include <string>
#include <string_view>

namespace rapport::io {

/** The encodings files reach Rapport in: Unicode, and the Windows code pages of its users' languages. */
enum class TextEncoding {
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1250, // Polish, Central Europe
    Windows1251, // Russian, Ukrainian
    Windows1252, // Swedish, Western Europe
};

/** What detectEncoding found and why, so a preview can say it and the user can overrule it. */
struct EncodingGuess {
    TextEncoding encoding = TextEncoding::Utf8;
    std::size_t bomLength = 0; // bytes of byte-order mark at the start
    bool certain = true;       // false when a legacy code page was chosen by letter statistics
    std::size_t evidence = 0;  // non-ASCII characters (or words, for a code page) of the whole file that decided
};

/**
 * Looks at the bytes: a byte-order mark decides; text that is valid UTF-8 (or mostly, with a few broken
 * rows that will be rejected) is UTF-8; otherwise the code page whose letters the high bytes most
 * plausibly are: runs of high bytes are Cyrillic (1251), Polish letters point to 1250, the rest is 1252.
 */
EncodingGuess detectEncoding(std::string_view bytes);

/** Converts to UTF-8 (after the BOM). Throws std::runtime_error naming the byte offset of a bad sequence. */
std::string toUtf8(std::string_view bytes, TextEncoding encoding);

} // namespace rapport::io

template <> struct rapport::core::EnumNames<rapport::io::TextEncoding> {
    static constexpr std::array<std::pair<rapport::io::TextEncoding, std::string_view>, 6> values{{
        {rapport::io::TextEncoding::Utf8, "utf-8"},
        {rapport::io::TextEncoding::Utf16LE, "utf-16le"},
        {rapport::io::TextEncoding::Utf16BE, "utf-16be"},
        {rapport::io::TextEncoding::Windows1250, "windows-1250"},
        {rapport::io::TextEncoding::Windows1251, "windows-1251"},
        {rapport::io::TextEncoding::Windows1252, "windows-1252"},
    }};
};
