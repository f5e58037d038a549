#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::io {

/** A phone number, e-mail address or URL of a card with its types ("work", "fax", ...), lower case. */
struct VCardValue {
    std::string value;
    std::vector<std::string> types;
};

/** One ADR: each part on one line (a multi-line street is joined with ", "). */
struct VCardAddress {
    std::string street, city, region, postcode, country;
    std::vector<std::string> types;
    [[nodiscard]] bool empty() const {
        return street.empty() && city.empty() && region.empty() && postcode.empty() && country.empty();
    }
};

/** The parts of one vCard that become a customer or a contact person. */
struct VCardEntry {
    std::size_t line = 0;      // where BEGIN:VCARD stood
    std::string_view raw;      // BEGIN:VCARD ... END:VCARD, for a rejects file
    std::string error;         // non-empty when the card is malformed
    std::string formattedName; // FN
    std::string givenName;     // N, second part
    std::string familyName;    // N, first part
    std::string organisation;  // ORG, first part
    std::string title;         // TITLE
    std::string role;          // ROLE
    /** KIND:org (4.0) or Apple's X-ABShowAs:COMPANY: the card stands for the organisation itself. */
    bool organisationCard = false;
    // Preferred (PREF, PREF=1, TYPE=pref) first, then in the card's order.
    std::vector<VCardValue> emails;
    std::vector<VCardValue> phones;
    std::vector<VCardValue> urls;
    std::vector<VCardAddress> addresses;
    std::string note;
    std::string uid;
    std::vector<std::string> categories;
};

/**
 * Reads vCard 2.1, 3.0 and 4.0 as address books and phones export them: folded lines, escaped \n \, \;,
 * QUOTED-PRINTABLE values (2.1), CHARSET parameters (the text must already be UTF-8), grouped properties
 * ("item1.EMAIL"), types as 2.1 bare parameters (TEL;WORK;FAX), 3.0 lists (TYPE=work,fax or repeated TYPE) and
 * 4.0 quoted lists (TYPE="work,voice"), tel: URIs with ;ext= (read as "+1 555 ext. 12"). A card without
 * END:VCARD is returned with an error.
 */
std::vector<VCardEntry> parseVCards(std::string_view text);

/** Lines of a value joined with ", " and trimmed: a street over two lines becomes one address line. */
std::string oneLine(std::string_view text);

} // namespace rapport::io
