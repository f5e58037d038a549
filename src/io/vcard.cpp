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

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

/** The types and the preference (1 is the most preferred, 0 none) a property's parameters give. */
struct Types {
    std::vector<std::string> types;
    int preference = 0;
};

Types typesOf(std::string_view params) {
    Types out;
    const auto addType = [&](std::string_view type) {
        auto word = lower(trimmed(type));
        if (word.size() >= 2 && word.front() == '"' && word.back() == '"') {
            word = word.substr(1, word.size() - 2);
        }
        if (word.empty()) {
            return;
        }
        if (word == "pref") { // 3.0 TYPE=pref, 2.1 bare PREF
            out.preference = out.preference == 0 ? 1 : out.preference;
        } else if (std::find(out.types.begin(), out.types.end(), word) == out.types.end()) {
            out.types.push_back(word);
        }
    };
    // Parameters are separated by ';' outside quotes; a value list by ',' (inside or outside quotes).
    std::vector<std::string> parameters(1);
    bool quoted = false;
    for (const char c : params) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == ';' && !quoted) {
            parameters.emplace_back();
        } else {
            parameters.back() += c;
        }
    }
    for (const auto& parameter : parameters) {
        if (parameter.empty()) {
            continue;
        }
        const auto equals = parameter.find('=');
        if (equals == std::string::npos) {
            // vCard 2.1 names types bare (TEL;WORK;FAX); encodings stand bare there too.
            static constexpr std::string_view kNotTypes[] = {"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"};
            if (std::find(std::begin(kNotTypes), std::end(kNotTypes), parameter) == std::end(kNotTypes)) {
                addType(parameter);
            }
            continue;
        }
        const auto name = std::string_view(parameter).substr(0, equals);
        const auto values = std::string_view(parameter).substr(equals + 1);
        if (name == "TYPE") {
            for (const auto& type : components(values, ',')) {
                addType(type);
            }
        } else if (name == "PREF") {
            const auto rank = parseInteger(trimmed(values));
            out.preference = rank && *rank >= 1 && *rank <= 100 ? static_cast<int>(*rank) : 1;
        }
    }
    return out;
}

/** vCard 4 writes a phone as a tel: URI ("tel:+1-555-555-5555;ext=5555"); the extension stays readable. */
std::string phoneOf(std::string value) {
    value = std::string(trimmed(value));
    if (lower(value.substr(0, 4)) != "tel:") {
        return value;
    }
    const auto parts = components(std::string_view(value).substr(4), ';');
    std::string number(trimmed(parts.front()));
    for (std::size_t i = 1; i < parts.size(); ++i) {
        if (lower(parts[i].substr(0, 4)) == "ext=" && !trimmed(parts[i].substr(4)).empty()) {
            number += " ext. " + std::string(trimmed(parts[i].substr(4)));
        }
    }
    return number;
}

/** A card's list with the preferred values first (PREF=1 before PREF=2 before none), otherwise in order. */
template <typename T> void preferredFirst(std::vector<std::pair<int, T>>& ranked, std::vector<T>& out) {
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return (a.first == 0 ? 1000 : a.first) < (b.first == 0 ? 1000 : b.first);
    });
    out.clear();
    for (auto& [rank, item] : ranked) {
        out.push_back(std::move(item));
    }
}

/** What a card collects before its lists are put in order of preference. */
struct CardLists {
    std::vector<std::pair<int, VCardValue>> emails, phones, urls;
    std::vector<std::pair<int, VCardAddress>> addresses;
    void finish(VCardEntry& card) {
        preferredFirst(emails, card.emails);
        preferredFirst(phones, card.phones);
        preferredFirst(urls, card.urls);
        preferredFirst(addresses, card.addresses);
        *this = {};
    }
};

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
    CardLists lists;
    std::size_t cardStart = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& [number, line] = lines[i];
        const auto property = splitProperty(line);
        if (property.name == "BEGIN" && upper(trimmed(property.value)) == "VCARD") {
            if (current) {
                current->error = "the card that begins on line " + std::to_string(current->line) + " has no END:VCARD";
                current->raw = text.substr(cardStart, offsets[i] - cardStart);
                lists.finish(*current);
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
            lists.finish(*current);
            current = nullptr;
        } else if (property.name == "FN") {
            current->formattedName = oneLine(unescaped(property.value));
        } else if (property.name == "N") {
            const auto parts = components(property.value, ';');
            const auto part = [&](std::size_t k) { return k < parts.size() ? oneLine(parts[k]) : std::string(); };
            current->familyName = part(0);
            current->givenName = part(1);
            if (const auto additional = part(2); !additional.empty()) { // middle names
                current->givenName += (current->givenName.empty() ? "" : " ") + additional;
            }
        } else if (property.name == "ORG") {
            current->organisation = oneLine(components(property.value, ';').front());
        } else if (property.name == "TITLE") {
            current->title = oneLine(unescaped(property.value));
        } else if (property.name == "ROLE") {
            current->role = oneLine(unescaped(property.value));
        } else if (property.name == "KIND") {
            const auto kind = lower(trimmed(property.value));
            current->organisationCard = kind == "org" || kind == "organization";
        } else if (property.name == "X-ABSHOWAS") {
            current->organisationCard = upper(trimmed(property.value)) == "COMPANY";
        } else if (property.name == "EMAIL" || property.name == "TEL" || property.name == "URL") {
            auto value = std::string(trimmed(unescaped(property.value)));
            if (property.name == "TEL") {
                value = phoneOf(value);
            } else if (property.name == "EMAIL" && lower(value.substr(0, 7)) == "mailto:") {
                value.erase(0, 7);
            }
            if (value.empty()) {
                continue;
            }
            const auto types = typesOf(property.params);
            auto& list = property.name == "EMAIL" ? lists.emails : property.name == "TEL" ? lists.phones : lists.urls;
            list.emplace_back(types.preference, VCardValue{std::move(value), types.types});
        } else if (property.name == "ADR") {
            const auto parts = components(property.value, ';');
            const auto part = [&](std::size_t k) { return k < parts.size() ? oneLine(parts[k]) : std::string(); };
            // post office box; extended address; street; locality; region; postal code; country
            VCardAddress address;
            for (const auto k : {2, 1, 0}) {
                if (const auto piece = part(static_cast<std::size_t>(k)); !piece.empty()) {
                    address.street += (address.street.empty() ? "" : ", ") + piece;
                }
            }
            address.city = part(3);
            address.region = part(4);
            address.postcode = part(5);
            address.country = part(6);
            if (address.empty()) {
                continue;
            }
            const auto types = typesOf(property.params);
            address.types = types.types;
            lists.addresses.emplace_back(types.preference, std::move(address));
        } else if (property.name == "NOTE") {
            auto note = unescaped(property.value);
            // QUOTED-PRINTABLE brings CRLF (=0D=0A); the notes keep plain line breaks.
            std::string plain;
            for (std::size_t k = 0; k < note.size(); ++k) {
                if (note[k] == '\r') {
                    plain += '\n';
                    k += k + 1 < note.size() && note[k + 1] == '\n' ? 1 : 0;
                } else {
                    plain += note[k];
                }
            }
            note = std::move(plain);
            current->note += (current->note.empty() ? "" : "\n") + note;
        } else if (property.name == "UID") {
            current->uid = std::string(trimmed(unescaped(property.value)));
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
        lists.finish(*current);
    }
    return cards;
}

std::string oneLine(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const auto line = trimmed(text.substr(start, end - start));
        if (!line.empty()) {
            out += (out.empty() ? "" : ", ") + std::string(line);
        }
        start = end + 1;
    }
    return out;
}

} // namespace rapport::io
