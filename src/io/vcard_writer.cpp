#include "io/vcard_writer.h"

#include <algorithm>
#include <charconv>

namespace rapport::io {

namespace {

constexpr std::size_t kFoldAt = 75; // octets per line, the line break not counted
constexpr std::string_view kUidPrefix = "urn:rapport:customer:";

/** A label's words as vCard 4.0 TYPE values: "work fax" -> work,fax; "mobile" -> cell. Others have no TYPE. */
std::string typesOfLabel(std::string_view label) {
    std::string types;
    std::size_t start = 0;
    while (start < label.size()) {
        auto end = label.find_first_of(" ,/", start);
        if (end == std::string_view::npos) {
            end = label.size();
        }
        std::string word(label.substr(start, end - start));
        for (auto& c : word) {
            c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (word == "mobile") {
            word = "cell";
        }
        static constexpr std::string_view kTypes[] = {"work",  "home",  "cell", "fax",      "pager",
                                                      "voice", "video", "text", "textphone"};
        if (std::find(std::begin(kTypes), std::end(kTypes), word) != std::end(kTypes) &&
            (',' + types + ',').find(',' + word + ',') == std::string::npos) {
            types += (types.empty() ? "" : ",") + word;
        }
        start = end + 1;
    }
    return types;
}

void addPoints(std::string& card, std::string_view property, const std::vector<core::ContactPoint>& points) {
    for (std::size_t i = 0; i < points.size(); ++i) {
        std::string head(property);
        if (const auto types = typesOfLabel(points[i].label); !types.empty()) {
            head += ";TYPE=" + types;
        }
        if (i == 0 && points.size() > 1) {
            head += ";PREF=1";
        }
        card += vcardLine(head, vcardText(points[i].value));
    }
}

/** N from a display name: the last word the family name, the words before it the given names. */
std::string structuredName(std::string_view name) {
    const auto space = name.rfind(' ');
    if (space == std::string_view::npos) {
        return vcardText(name) + ";;;;";
    }
    return vcardText(name.substr(space + 1)) + ";" + vcardText(name.substr(0, space)) + ";;;";
}

std::string personCard(const core::ContactPerson& person, std::string_view organisation) {
    std::string card = "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\n";
    card += vcardLine("FN", vcardText(person.name));
    card += vcardLine("N", structuredName(person.name));
    card += vcardLine("ORG", vcardText(organisation));
    if (!person.role.empty()) {
        card += vcardLine("TITLE", vcardText(person.role));
    }
    addPoints(card, "EMAIL", person.emails);
    addPoints(card, "TEL", person.phones);
    if (!person.notes.empty()) {
        card += vcardLine("NOTE", vcardText(person.notes));
    }
    card += vcardLine("UID", "urn:rapport:contact:" + std::to_string(person.id));
    return card + "END:VCARD\r\n";
}

} // namespace

std::string vcardText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ',' || c == ';') {
            out += '\\';
            out += c;
        } else if (c == '\r') {
            out += "\\n";
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

std::string vcardLine(std::string_view nameAndParameters, std::string_view value) {
    std::string line(nameAndParameters);
    line += ':';
    line += value;
    std::string out;
    std::size_t start = 0;
    std::size_t room = kFoldAt;
    while (line.size() - start > room) {
        auto cut = start + room;
        // Never between the bytes of one UTF-8 character: continuation bytes are 10xxxxxx.
        while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        out.append(line, start, cut - start);
        out += "\r\n ";
        start = cut;
        room = kFoldAt - 1; // the leading space counts
    }
    out.append(line, start);
    return out + "\r\n";
}

std::string vcardsOf(const core::Customer& c, const std::vector<core::ContactPerson>& people, core::Date today) {
    const bool organisation = c.kind == core::CustomerKind::Organisation;
    std::string card = "BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//Rapport//Rapport CRM//EN\r\n";
    card += organisation ? "KIND:org\r\n" : "KIND:individual\r\n";
    card += vcardLine("FN", vcardText(c.displayName));
    if (organisation) {
        card += vcardLine("ORG", vcardText(c.legalName.empty() ? c.displayName : c.legalName));
    } else {
        card += vcardLine("N", structuredName(c.displayName));
    }
    addPoints(card, "EMAIL", c.emails);
    addPoints(card, "TEL", c.phones);
    const auto& a = c.address;
    if (!(a == core::Address{})) {
        card += vcardLine("ADR", ";;" + vcardText(a.street) + ";" + vcardText(a.city) + ";" + vcardText(a.region) +
                                     ";" + vcardText(a.postcode) + ";" + vcardText(a.country));
    }
    if (!c.tags.empty()) {
        std::string categories;
        for (const auto& tag : c.tags) {
            categories += (categories.empty() ? "" : ",") + vcardText(tag);
        }
        card += vcardLine("CATEGORIES", categories);
    }
    if (!c.notes.empty()) {
        card += vcardLine("NOTE", vcardText(c.notes));
    }
    card += vcardLine("UID", c.externalRef.empty() ? std::string(kUidPrefix) + std::to_string(c.id)
                                                   : vcardText(c.externalRef));
    card += "END:VCARD\r\n";
    if (organisation) {
        for (const auto& person : people) {
            if (person.isActiveOn(today)) {
                card += personCard(person, c.displayName);
            }
        }
    }
    return card;
}

std::int64_t rapportIdOfUid(std::string_view uid) {
    if (!uid.starts_with(kUidPrefix)) {
        return 0;
    }
    uid.remove_prefix(kUidPrefix.size());
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(uid.data(), uid.data() + uid.size(), id);
    return error == std::errc() && end == uid.data() + uid.size() && id > 0 ? id : 0;
}

} // namespace rapport::io
