#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::io {

/** The parts of one vCard that become a customer. */
struct VCardEntry {
    std::size_t line = 0;      // where BEGIN:VCARD stood
    std::string_view raw;      // BEGIN:VCARD ... END:VCARD, for a rejects file
    std::string error;         // non-empty when the card is malformed
    std::string formattedName; // FN
    std::string givenName;     // N, second part
    std::string familyName;    // N, first part
    std::string organisation;  // ORG, first part
    std::string title;         // TITLE
    std::vector<std::string> emails;
    std::vector<std::string> phones;
    std::string street, city, region, postcode, country; // the first ADR
    std::string note;
    std::string uid;
    std::vector<std::string> categories;
};

/**
 * Reads vCard 2.1, 3.0 and 4.0 as address books and phones export them: folded lines, escaped \n \, \;,
 * QUOTED-PRINTABLE values (2.1), CHARSET parameters (the text must already be UTF-8), grouped properties
 * ("item1.EMAIL"). A card without END:VCARD is returned with an error.
 */
std::vector<VCardEntry> parseVCards(std::string_view text);

} // namespace rapport::io
