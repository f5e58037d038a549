#include "core/validation.h"

#include <algorithm>
#include <cctype>

namespace rapport::core {

namespace {

std::string describe(std::string_view entity, const std::vector<FieldError>& errors) {
    std::string text = "invalid ";
    text += entity;
    text += ": ";
    for (std::size_t i = 0; i < errors.size(); ++i) {
        if (i > 0) {
            text += "; ";
        }
        text += errors[i].field + ": " + errors[i].message;
    }
    return text;
}

} // namespace

ValidationError::ValidationError(std::string_view entity, std::vector<FieldError> errors)
    : std::runtime_error(describe(entity, errors))
    , m_errors(std::move(errors)) {
}

void checkText(Validator& v, std::string_view field, std::string_view text, std::size_t maxLength, bool allowNewlines) {
    if (text.size() > maxLength) {
        v.add(field, "must be at most " + std::to_string(maxLength) + " bytes long");
    }
    if (!isCleanText(text, allowNewlines)) {
        v.add(field, allowNewlines ? "must be valid UTF-8 text without control characters"
                                   : "must be valid UTF-8 on one line, without control characters");
    }
}

void checkRequiredText(Validator& v, std::string_view field, std::string_view text, std::size_t maxLength) {
    if (text.find_first_not_of(" \t") == std::string_view::npos) {
        v.add(field, "is required");
    }
    checkText(v, field, text, maxLength);
}

void throwIfInvalid(std::string_view entity, std::vector<FieldError> errors) {
    if (!errors.empty()) {
        throw ValidationError(entity, std::move(errors));
    }
}

bool isPlausibleEmail(std::string_view email) {
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    const auto domain = email.substr(at + 1);
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= domain.size()) {
        return false;
    }
    return std::none_of(email.begin(), email.end(), [](char c) {
        return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '<' || c == '>' ||
               static_cast<unsigned char>(c) < 32;
    });
}

namespace {

/**
 * The number before an extension such as " ext. 12", " ext 12" or " x12" (any case, 1 to 8 digits): phone books
 * and vCard 4 tel: URIs (";ext=12") keep extensions, and a switchboard number is no number without one.
 * Returns the phone unchanged when it ends in no extension.
 */
std::string_view withoutExtension(std::string_view phone) {
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    auto start = phone.size();
    while (start > 0 && isDigit(phone[start - 1])) {
        --start;
    }
    const auto extensionDigits = phone.size() - start;
    if (extensionDigits == 0 || extensionDigits > 8) {
        return phone;
    }
    auto markerEnd = start;
    while (markerEnd > 0 && phone[markerEnd - 1] == ' ') {
        --markerEnd;
    }
    for (const std::string_view marker : {"ext.", "ext", "x"}) {
        if (markerEnd <= marker.size()) {
            continue;
        }
        const auto at = markerEnd - marker.size();
        const auto candidate = phone.substr(at, marker.size());
        const bool same = std::equal(candidate.begin(), candidate.end(), marker.begin(),
                                     [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
        if (same && phone[at - 1] == ' ') {
            auto number = phone.substr(0, at);
            while (!number.empty() && number.back() == ' ') {
                number.remove_suffix(1);
            }
            return number;
        }
    }
    return phone;
}

} // namespace

bool isPlausiblePhone(std::string_view phone) {
    phone = withoutExtension(phone);
    std::size_t digits = 0;
    for (std::size_t i = 0; i < phone.size(); ++i) {
        const char c = phone[i];
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c == '+' ? i != 0 : std::string_view(" -()./").find(c) == std::string_view::npos) {
            return false;
        }
    }
    return digits >= 3 && digits <= 20;
}

std::string normalizedEmail(std::string_view email) {
    std::string lower(email);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

std::string phoneDigits(std::string_view phone) {
    std::string digits;
    std::copy_if(phone.begin(), phone.end(), std::back_inserter(digits), [](char c) { return c >= '0' && c <= '9'; });
    return digits;
}

std::string nationalPhoneDigits(std::string_view phone) {
    if (phone.empty() || phone.front() != '+') {
        return {};
    }
    std::size_t i = 1;
    while (i < phone.size() && phone[i] >= '0' && phone[i] <= '9') {
        ++i;
    }
    if (i == 1 || i > 4 || i == phone.size()) {
        return {}; // country codes have one to three digits and must be followed by a separator
    }
    return phoneDigits(phone.substr(i));
}

bool isCleanText(std::string_view text, bool allowNewlines) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            if (byte < 0x20 || byte == 0x7f) {
                const bool allowed = byte == '\t' || (allowNewlines && (byte == '\n' || byte == '\r'));
                if (!allowed) {
                    return false;
                }
            }
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t codepoint = 0;
        if ((byte & 0xe0) == 0xc0) {
            length = 2;
            codepoint = byte & 0x1f;
        } else if ((byte & 0xf0) == 0xe0) {
            length = 3;
            codepoint = byte & 0x0f;
        } else if ((byte & 0xf8) == 0xf0) {
            length = 4;
            codepoint = byte & 0x07;
        } else {
            return false;
        }
        if (i + length > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xc0) != 0x80) {
                return false;
            }
            codepoint = (codepoint << 6) | (next & 0x3f);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        static constexpr std::uint32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (codepoint < minimum[length] || codepoint > 0x10ffff || (codepoint >= 0xd800 && codepoint <= 0xdfff)) {
            return false;
        }
        i += length;
    }
    return true;
}

} // namespace rapport::core
