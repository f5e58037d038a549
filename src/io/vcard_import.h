#pragma once

#include "core/contact_person.h"
#include "core/customer.h"
#include "io/importer.h"
#include "io/text_encoding.h"
#include "io/vcard.h"
#include "storage/repository.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::io {

/**
 * What one card becomes. The rules never lose a name:
 * - N, or an FN that is not the ORG, together with ORG: a person at an organisation. `customer` is the
 *   organisation (its address and tags from the card), `person` the contact person with the role from TITLE
 *   and ROLE and the card's typed e-mails and phones.
 * - ORG alone (N empty and FN empty or the ORG), KIND:org, or Apple's X-ABShowAs:COMPANY: an organisation.
 *   (An organisation card with N keeps that person as its contact person.)
 * - N or FN without ORG: a person.
 * The first (preferred) address fills the address; every other address and every URL is a labelled line of
 * the notes ("Address (home): ...", "Web (work): ..."). TITLE and ROLE go to a contact person's role only.
 */
struct VCardContact {
    core::Customer customer;
    /** The id in a UID Rapport wrote (urn:rapport:customer:42): trusted only with the same name. */
    std::optional<core::CustomerId> rapportId;
    std::optional<core::ContactPerson> person;
    /** Why the card cannot become anything (no name at all); empty when it can. */
    std::string problem;
};

VCardContact contactOf(const VCardEntry& card);

/** A phone's label from its types: "work fax", "mobile", "home", "" (VOICE, PREF and unknown types say nothing). */
std::string phoneLabel(const std::vector<std::string>& types);
/** An e-mail's, address's or URL's label: "work", "home", "other" or "". */
std::string placeLabel(const std::vector<std::string>& types);

/** How a vCard file reads: its encoding and how many cards it holds. */
FileLayout vcardLayout(std::string_view text, const EncodingGuess& encoding);

/** importFile() for ImportKind::VCard: every card in one transaction, rejected cards to a .vcf rejects file. */
ImportReport importVCardFile(storage::Repository& repository, const std::string& path, const ImportOptions& options);

/** "card 3 (line 12), EMAIL "x": is not an e-mail address ...", on one line. */
std::string describeCardProblem(const RowProblem& problem);

} // namespace rapport::io
