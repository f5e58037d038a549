#include "io/text_encoding.h"

#include <array>
#include <cerrno>
#include <iconv.h>
#include <memory>
#include <stdexcept>

namespace rapport::io {

namespace {

/** Length of the well-formed UTF-8 sequence at text[i], or 0 when it is malformed. */
std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    if (lead < 0x80) {
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
    } else {
        return 0;
    }
    if (i + length > text.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            return 0;
        }
    }
    return length;
}

// Bytes that are Polish letters in Windows-1250 and something rarely written in 1252 (ą ę ł ś ź ż Ą Ę Ł Ś Ź Ż).
constexpr std::array<unsigned char, 12> kPolishOnly{0xB9, 0xEA, 0xB3, 0x9C, 0x9F, 0xBF,
                                                    0xA5, 0xCA, 0xA3, 0x8C, 0x8F, 0xAF};

const char* iconvName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return "UTF-8";
    case TextEncoding::Utf16LE:
        return "UTF-16LE";
    case TextEncoding::Utf16BE:
        return "UTF-16BE";
    case TextEncoding::Windows1250:
        return "CP1250";
    case TextEncoding::Windows1251:
        return "CP1251";
    case TextEncoding::Windows1252:
        return "CP1252";
    }
    return "UTF-8";
}

/** The bytes a Windows code page leaves undefined (iconv refuses them). */
std::string_view undefinedBytes(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Windows1250:
        return "\x81\x83\x88\x90\x98";
    case TextEncoding::Windows1251:
        return "\x98";
    case TextEncoding::Windows1252:
        return "\x81\x8D\x8F\x90\x9D";
    default:
        return {};
    }
}

bool decodesEveryByte(std::string_view bytes, TextEncoding encoding) {
    return bytes.find_first_of(undefinedBytes(encoding)) == std::string_view::npos;
}

} // namespace

EncodingGuess detectEncoding(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        return {TextEncoding::Utf8, 3, true, 0};
    }
    if (bytes.starts_with("\xFF\xFE")) {
        return {TextEncoding::Utf16LE, 2, true, 0};
    }
    if (bytes.starts_with("\xFE\xFF")) {
        return {TextEncoding::Utf16BE, 2, true, 0};
    }
    // UTF-16 without a BOM: ASCII text leaves every other byte zero.
    const std::size_t probe = std::min<std::size_t>(bytes.size(), 4096);
    std::size_t zeroEven = 0;
    std::size_t zeroOdd = 0;
    for (std::size_t i = 0; i < probe; ++i) {
        if (bytes[i] == '\0') {
            (i % 2 == 0 ? zeroEven : zeroOdd) += 1;
        }
    }
    if (probe >= 4 && zeroOdd > probe * 2 / 5 && zeroEven < probe / 20) {
        return {TextEncoding::Utf16LE, 0, false, 0};
    }
    if (probe >= 4 && zeroEven > probe * 2 / 5 && zeroOdd < probe / 20) {
        return {TextEncoding::Utf16BE, 0, false, 0};
    }

    std::size_t validMultiByte = 0;
    std::size_t invalid = 0;
    std::size_t polish = 0;
    // Words of high bytes only are Cyrillic (1251); words mixing ASCII letters and high bytes are Latin with
    // diacritics (1250 or 1252): "Zażółć" has a, Z; "Привет" has none.
    std::size_t cyrillicWords = 0;
    std::size_t latinWords = 0;
    std::size_t wordHigh = 0;
    std::size_t wordAscii = 0;
    const auto endWord = [&] {
        if (wordHigh >= 2 && wordAscii == 0) {
            ++cyrillicWords;
        } else if (wordHigh > 0 && wordAscii > 0) {
            ++latinWords;
        }
        wordHigh = 0;
        wordAscii = 0;
    };
    for (std::size_t i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                ++wordAscii;
            } else {
                endWord();
            }
            ++i;
            continue;
        }
        ++wordHigh;
        for (const auto p : kPolishOnly) {
            polish += c == p ? 1 : 0;
        }
        const auto length = utf8SequenceLength(bytes, i);
        if (length == 0) {
            ++invalid;
            ++i;
        } else {
            ++validMultiByte;
            i += length;
        }
    }
    endWord();
    // A UTF-8 file with a broken row or two stays UTF-8: those rows are rejected, the rest imports.
    if (invalid == 0 || validMultiByte > invalid * 4) {
        return {TextEncoding::Utf8, 0, invalid == 0, validMultiByte};
    }
    TextEncoding guess = TextEncoding::Windows1252;
    if (cyrillicWords > latinWords) {
        guess = TextEncoding::Windows1251;
    } else if (polish > 0) {
        guess = TextEncoding::Windows1250;
    }
    // A code page that cannot decode some byte of the file is the wrong one: take the first that can.
    for (const auto candidate :
         {guess, TextEncoding::Windows1251, TextEncoding::Windows1250, TextEncoding::Windows1252}) {
        if (decodesEveryByte(bytes, candidate)) {
            return {candidate, 0, false, cyrillicWords + latinWords};
        }
    }
    return {guess, 0, false, cyrillicWords + latinWords}; // none can: converting will name the first bad byte
}

std::string toUtf8(std::string_view bytes, TextEncoding encoding) {
    if (encoding == TextEncoding::Utf8) {
        return std::string(bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes);
    }
    if ((encoding == TextEncoding::Utf16LE && bytes.starts_with("\xFF\xFE")) ||
        (encoding == TextEncoding::Utf16BE && bytes.starts_with("\xFE\xFF"))) {
        bytes.remove_prefix(2);
    }
    const iconv_t handle = iconv_open("UTF-8", iconvName(encoding));
    if (handle == reinterpret_cast<iconv_t>(-1)) {
        throw std::runtime_error(std::string("this system cannot convert from ") + iconvName(encoding));
    }
    const std::unique_ptr<void, int (*)(iconv_t)> closer(handle, iconv_close);
    std::string output;
    output.resize(bytes.size() * 2 + 16);
    char* in = const_cast<char*>(bytes.data()); // iconv's signature; it does not write the input
    std::size_t inLeft = bytes.size();
    std::size_t produced = 0;
    while (inLeft > 0) {
        char* out = output.data() + produced;
        std::size_t outLeft = output.size() - produced;
        const auto result = iconv(handle, &in, &inLeft, &out, &outLeft);
        produced = output.size() - outLeft;
        if (result != static_cast<std::size_t>(-1)) {
            break;
        }
        if (errno == E2BIG) {
            output.resize(output.size() * 2);
            continue;
        }
        const auto offset = bytes.size() - inLeft;
        throw std::runtime_error("byte " + std::to_string(offset) + " is not valid " +
                                 std::string(core::toCode(encoding)) +
                                 (errno == EINVAL ? " (the file ends inside a character)" : ""));
    }
    output.resize(produced);
    return output;
}

} // namespace rapport::io
