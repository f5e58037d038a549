#pragma once

#include "core/contact_person.h"
#include "core/customer.h"
#include "core/date.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::io {

/** A TEXT value escaped as RFC 6350 3.4 asks: backslash, comma and semicolon escaped, line breaks as \n. */
std::string vcardText(std::string_view text);

/**
 * One content line, "NAME;PARAMETERS:" followed by a value already escaped, folded at 75 octets (RFC 6350 3.2:
 * each continuation begins with a space) without ever cutting a UTF-8 sequence, ending in CRLF.
 */
std::string vcardLine(std::string_view nameAndParameters, std::string_view value);

/**
 * A customer as a vCard 4.0: KIND:org for an organisation (FN its name, ORG its legal name), typed EMAIL and TEL
 * (the label "work fax" becomes TYPE=work,fax, the first PREF=1), ADR, CATEGORIES from the tags, NOTE, and UID
 * the external reference or, without one, urn:rapport:customer:<id>. Each contact person of an organisation
 * who is active on `today` follows as a card of its own: ORG the organisation's name, TITLE the role.
 */
std::string vcardsOf(const core::Customer& customer, const std::vector<core::ContactPerson>& people, core::Date today);

/** The Rapport id in a UID this writer wrote ("urn:rapport:customer:42" -> 42), else 0. */
std::int64_t rapportIdOfUid(std::string_view uid);

} // namespace rapport::io
