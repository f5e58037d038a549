#include "storage/name_collation.h"

#include "core/validation.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <mutex>
#include <unicode/ucol.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

namespace rapport::storage {

namespace {

/**
 * Rapport's own part of the key's version: bumped whenever the options below change, so that every stored key is
 * recomputed with them.
 */
constexpr std::string_view kRulesRevision = "r1";

[[noreturn]] void refuse(std::string_view language, std::string_view why) {
    throw core::ValidationError("collation", {{"collation", "'" + std::string(language) + "' " + std::string(why) +
                                                                "; expected a language code such as pl, sv, ru, uk, "
                                                                "en, or root"}});
}

/** The language part of a locale name or tag: "pl_PL.UTF-8@euro" -> "pl"; lower case. */
std::string languagePart(std::string_view text) {
    const auto end = text.find_first_of("_-.@");
    std::string language(text.substr(0, end));
    std::transform(language.begin(), language.end(), language.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return language;
}

struct CollatorCloser {
    void operator()(UCollator* collator) const { ucol_close(collator); }
};
using CollatorPtr = std::unique_ptr<UCollator, CollatorCloser>;

/** Opens ICU's collator for a normalized language; null when ICU has none for it (it fell back to root). */
CollatorPtr openCollator(const std::string& language) {
    UErrorCode status = U_ZERO_ERROR;
    CollatorPtr collator(ucol_open(language == "root" ? "" : language.c_str(), &status));
    if (U_FAILURE(status) || !collator) {
        return nullptr;
    }
    if (language != "root") {
        // ICU answers any name with at least its root collation; the valid locale says whether it knew the language
        // (English and German, say, have no rules of their own but are known; "xx" is not).
        UErrorCode localeStatus = U_ZERO_ERROR;
        const char* valid = ucol_getLocaleByType(collator.get(), ULOC_VALID_LOCALE, &localeStatus);
        if (U_FAILURE(localeStatus) || valid == nullptr || languagePart(valid) != language) {
            return nullptr;
        }
    }
    return collator;
}

void toUtf16(std::string_view utf8, std::u16string& out) {
    out.resize(utf8.size() + 1); // UTF-16 never needs more code units than UTF-8 has bytes
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &length, utf8.data(),
                         static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &status);
    out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(length) : 0);
}

} // namespace

std::string normalizeCollationLanguage(std::string_view language) {
    if (language == "C" || language == "POSIX" || language.starts_with("C.")) {
        return "root";
    }
    const auto code = languagePart(language);
    if (code == "root") {
        return code;
    }
    const bool letters = std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (code.size() < 2 || code.size() > 3 || !letters) {
        refuse(language, "is not a language code");
    }
    if (!openCollator(code)) {
        refuse(language, "is not a language ICU knows how to sort");
    }
    return code;
}

std::string defaultCollationLanguage() {
    for (const char* variable : {"LC_ALL", "LC_COLLATE", "LANG"}) {
        const char* value = std::getenv(variable);
        if (value == nullptr || *value == '\0') {
            continue; // unset or empty: the next one decides, as for setlocale()
        }
        try {
            return normalizeCollationLanguage(value);
        } catch (const core::ValidationError&) {
            return "root";
        }
    }
    return "root";
}

std::vector<CollationChoice> offeredCollations() {
    return {{"en", "English", "English"},      {"pl", "Polski", "Polish"},
            {"ru", "Русский", "Russian"},      {"sv", "Svenska", "Swedish"},
            {"uk", "Українська", "Ukrainian"}, {"root", "Unicode", "Unicode (no language's own rules)"}};
}

std::shared_ptr<const NameCollation> sharedCollation(std::string_view language) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const NameCollation>, std::less<>> opened;
    const std::lock_guard lock(mutex);
    if (const auto found = opened.find(language); found != opened.end()) {
        return found->second;
    }
    auto collation = std::make_shared<const NameCollation>(language);
    opened.emplace(std::string(language), collation);
    return collation;
}

NameCollation::NameCollation(std::string_view language)
    : m_language(normalizeCollationLanguage(language)) {
    auto collator = openCollator(m_language);
    if (!collator) {
        refuse(language, "is not a language ICU knows how to sort");
    }
    UErrorCode status = U_ZERO_ERROR;
    // Letters, then accents, then case: case-insensitive as a reader sorts, case only breaking ties.
    ucol_setStrength(collator.get(), UCOL_TERTIARY);
    // Decomposed input ("L" + combining stroke from some Mac programs) sorts as the composed letter.
    ucol_setAttribute(collator.get(), UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
    if (U_FAILURE(status)) {
        refuse(language, "could not be set up");
    }
    UVersionInfo version;
    ucol_getVersion(collator.get(), version);
    std::array<char, U_MAX_VERSION_STRING_LENGTH> text{};
    u_versionToString(version, text.data());
    m_version = std::string(text.data()) + "/" + std::string(kRulesRevision);
    m_collator = collator.release();
}

NameCollation::~NameCollation() {
    ucol_close(m_collator);
}

std::string NameCollation::sortKey(std::string_view utf8Name) const {
    std::string key;
    sortKey(utf8Name, key);
    return key;
}

void NameCollation::sortKey(std::string_view utf8Name, std::string& key) const {
    thread_local std::u16string text;
    toUtf16(utf8Name, text);
    const auto* chars = reinterpret_cast<const UChar*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    if (key.size() < 64) {
        key.resize(64);
    }
    auto size = ucol_getSortKey(m_collator, chars, length, reinterpret_cast<uint8_t*>(key.data()),
                                static_cast<int32_t>(key.size()));
    if (size > static_cast<int32_t>(key.size())) {
        key.resize(static_cast<std::size_t>(size));
        size = ucol_getSortKey(m_collator, chars, length, reinterpret_cast<uint8_t*>(key.data()),
                               static_cast<int32_t>(key.size()));
    }
    // The size counts ICU's terminating zero, which no other byte of a key is: left out, keys still compare alike.
    key.resize(size > 0 ? static_cast<std::size_t>(size - 1) : 0);
}

int NameCollation::compare(std::string_view a, std::string_view b) const {
    UErrorCode status = U_ZERO_ERROR;
    return ucol_strcollUTF8(m_collator, a.data(), static_cast<int32_t>(a.size()), b.data(),
                            static_cast<int32_t>(b.size()), &status);
}

std::string toHex(std::string_view bytes) {
    constexpr std::string_view kDigits = "0123456789abcdef";
    std::string hex;
    hex.reserve(bytes.size() * 2);
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        hex += kDigits[byte >> 4U];
        hex += kDigits[byte & 0xFU];
    }
    return hex;
}

std::string fromHex(std::string_view hex) {
    const auto value = [](char c) -> unsigned {
        if (c >= '0' && c <= '9') {
            return static_cast<unsigned>(c - '0');
        }
        if (c >= 'a' && c <= 'f') {
            return static_cast<unsigned>(c - 'a' + 10);
        }
        if (c >= 'A' && c <= 'F') {
            return static_cast<unsigned>(c - 'A' + 10);
        }
        return 0;
    };
    if (hex.starts_with("\\x")) {
        hex.remove_prefix(2); // PostgreSQL's text form of bytea
    }
    std::string bytes;
    bytes.reserve(hex.size() / 2);
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        bytes += static_cast<char>((value(hex[i]) << 4U) | value(hex[i + 1]));
    }
    return bytes;
}

} // namespace rapport::storage
