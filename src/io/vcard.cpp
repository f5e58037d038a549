#include "io/vcard.h"

#include "io/value_parsers.h"

#include <algorithm>

namespace rapport::io {

namespace {

std::string upper(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c); });
    return out;
}

/** Splits a structured value on unescaped separators and resolves \n \, \; \\. */
std::vector<std::string> components(std::string_view value, char separator) {
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\\' && i + 1 < value.size()) {
            const char next = value[++i];
            parts.back() += (next == 'n' || next == 'N') ? '\n' : next;
        } else if (c == separator) {
            parts.emplace_back();
        } else {
            parts.back() += c;
        }
    }
    return parts;
}

std::string unescaped(std::string_view value) {
    return components(value, '\0').front();
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

std::string decodeQuotedPrintable(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '=' && i + 2 < value.size() + 0 && hexValue(value[i + 1]) >= 0 && hexValue(value[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(value[i + 1]) * 16 + hexValue(value[i + 2]));
            i += 2;
        } else {
            out += value[i];
        }
    }
    return out;
}

struct Property {
    std::string name;   // upper case, group removed
    std::string params; // upper case
    std::string value;
};

Property splitProperty(const std::string& line) {
    Property p;
    // The name and parameters end at the first colon outside a quoted parameter value.
    bool quoted = false;
    std::size_t colon = std::string::npos;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '"') {
            quoted = !quoted;
        } else if (line[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon == std::string::npos) {
        return p;
    }
    std::string head = upper(std::string_view(line).substr(0, colon));
    p.value = line.substr(colon + 1);
    const auto semicolon = head.find(';');
    p.name = head.substr(0, semicolon);
    p.params = semicolon == std::string::npos ? std::string() : head.substr(semicolon);
    if (const auto dot = p.name.find('.'); dot != std::string::npos) {
        p.name = p.name.substr(dot + 1);
    }
    if (p.params.find("QUOTED-PRINTABLE") != std::string::npos) {
        p.value = decodeQuotedPrintable(p.value);
    }
    return p;
}

} // namespace

std::vector<VCardEntry> parseVCards(std::string_view text) {
    std::vector<VCardEntry> cards;
    // Unfold: a line starting with a space or tab continues the previous one; QUOTED-PRINTABLE soft breaks
    // end a line with '='.
    std::vector<std::pair<std::size_t, std::string>> lines; // line number, logical line
    std::vector<std::size_t> offsets;                       // where each logical line starts in text
    std::size_t lineNumber = 0;
    std::size_t position = 0;
    while (position < text.size()) {
        auto end = text.find('\n', position);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view physical = text.substr(position, end - position);
        if (physical.ends_with('\r')) {
            physical.remove_suffix(1);
        }
        ++lineNumber;
        const bool continuation = !physical.empty() && (physical.front() == ' ' || physical.front() == '\t');
        const bool softBreak = !lines.empty() && lines.back().second.ends_with('=') &&
                               upper(lines.back().second).find("QUOTED-PRINTABLE") != std::string::npos;
        if (!lines.empty() && (continuation || softBreak)) {
            if (softBreak && !continuation) {
                lines.back().second.pop_back();
                lines.back().second += physical;
            } else {
                lines.back().second += physical.substr(1);
            }
        } else if (!physical.empty()) {
            lines.emplace_back(lineNumber, std::string(physical));
            offsets.push_back(position);
        }
        position = end + 1;
    }

    VCardEntry* current = nullptr;
    std::size_t cardStart = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& [number, line] = lines[i];
        const auto property = splitProperty(line);
        if (property.name == "BEGIN" && upper(property.value) == "VCARD") {
            if (current) {
                current->error = "the card that begins on line " + std::to_string(current->line) + " has no END:VCARD";
                current->raw = text.substr(cardStart, offsets[i] - cardStart);
            }
            cards.emplace_back();
            current = &cards.back();
            current->line = number;
            cardStart = offsets[i];
            continue;
        }
        if (!current) {
            continue; // text outside a card
        }
        if (property.name == "END") {
            const auto end = i + 1 < lines.size() ? offsets[i + 1] : text.size();
            current->raw = text.substr(cardStart, end - cardStart);
            while (current->raw.ends_with('\n') || current->raw.ends_with('\r')) {
                current->raw.remove_suffix(1);
            }
            current = nullptr;
        } else if (property.name == "FN") {
            current->formattedName = unescaped(property.value);
        } else if (property.name == "N") {
            const auto parts = components(property.value, ';');
            current->familyName = parts.size() > 0 ? parts[0] : "";
            current->givenName = parts.size() > 1 ? parts[1] : "";
        } else if (property.name == "ORG") {
            current->organisation = components(property.value, ';').front();
        } else if (property.name == "TITLE") {
            current->title = unescaped(property.value);
        } else if (property.name == "EMAIL") {
            current->emails.push_back(std::string(trimmed(unescaped(property.value))));
        } else if (property.name == "TEL") {
            auto value = unescaped(property.value);
            if (value.starts_with("tel:")) { // vCard 4 writes a URI
                value.erase(0, 4);
            }
            current->phones.push_back(std::string(trimmed(value)));
        } else if (property.name == "ADR" && current->street.empty() && current->city.empty()) {
            const auto parts = components(property.value, ';');
            const auto part = [&](std::size_t k) { return k < parts.size() ? parts[k] : std::string(); };
            // post office box; extended address; street; locality; region; postal code; country
            current->street = part(2);
            if (!part(1).empty()) {
                current->street += (current->street.empty() ? "" : ", ") + part(1);
            }
            current->city = part(3);
            current->region = part(4);
            current->postcode = part(5);
            current->country = part(6);
        } else if (property.name == "NOTE") {
            current->note = unescaped(property.value);
        } else if (property.name == "UID") {
            current->uid = unescaped(property.value);
        } else if (property.name == "CATEGORIES") {
            for (auto& category : components(property.value, ',')) {
                if (!trimmed(category).empty()) {
                    current->categories.emplace_back(trimmed(category));
                }
            }
        }
    }
    if (current) {
        current->error = "the card that begins on line " + std::to_string(current->line) + " has no END:VCARD";
        current->raw = text.substr(cardStart);
    }
    return cards;
}

} // namespace rapport::io
