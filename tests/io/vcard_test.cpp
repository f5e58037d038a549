// vCard fidelity: cards of each version (2.1, 3.0, 4.0) written here, imported into a real database through
// io::importFile, and the stored customers, labels and contact persons checked; the 4.0 writer's escaping and
// folding; a round trip export -> import -> compare.
#include "io/import_summary.h"
#include "io/importer.h"
#include "io/vcard.h"
#include "io/vcard_writer.h"
#include "storage/repository.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace rapport;
using io::ImportKind;

namespace {

class VCardImport : public ::testing::Test {
protected:
    std::string write(const std::string& name, const std::string& bytes) {
        const auto path = m_dir.file(name);
        test::writeBytes(path, bytes);
        return path;
    }
    io::ImportReport run(const std::string& file, storage::Repository* repository = nullptr) {
        io::ImportOptions options;
        options.kind = ImportKind::VCard;
        options.rejectsPath = file + ".rejects.vcf";
        return io::importFile(repository ? *repository : *m_repository, file, options);
    }
    /** Every customer, by id. */
    std::vector<core::Customer> customers(storage::Repository& repository) {
        storage::CustomerPageRequest request;
        request.sort = storage::CustomerSort::Id;
        request.limit = 10'000;
        request.filter.archive = storage::ArchiveFilter::All;
        std::vector<core::Customer> out;
        for (const auto& row : repository.customerPage(request).rows) {
            out.push_back(*repository.customer(row.id));
        }
        return out;
    }
    std::vector<core::Customer> customers() { return customers(*m_repository); }
    core::Customer named(const std::string& name) {
        for (const auto& c : customers()) {
            if (c.displayName == name) {
                return c;
            }
        }
        ADD_FAILURE() << "no customer named " << name;
        return {};
    }

    test::TestDatabase m_database;
    test::TempDir m_dir;
    std::unique_ptr<storage::Repository> m_repository = storage::openRepository(m_database.location());
};

std::vector<std::string> labels(const std::vector<core::ContactPoint>& points) {
    std::vector<std::string> out;
    for (const auto& p : points) {
        out.push_back(p.value + " [" + p.label + "]");
    }
    return out;
}

using Labels = std::vector<std::string>;

// One person per version, each with types written the way that version writes them.
const std::string kTypedCards =
    // 2.1: bare parameters, QUOTED-PRINTABLE street over two lines, PREF on the second phone
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Nowak;Jan;;;\r\nFN:Jan Nowak\r\n"
    "TEL;HOME;FAX:+48 22 555 01 01\r\nTEL;CELL;PREF:+48 601 234 567\r\nTEL;WORK;VOICE:+48 22 555 01 02\r\n"
    "EMAIL;INTERNET;HOME:jan@example.pl\r\n"
    "ADR;HOME;ENCODING=QUOTED-PRINTABLE:;;ul. D=C5=82uga 1=0D=0Am. 4;Warszawa;;00-950;Poland\r\n"
    "END:VCARD\r\n"
    // 3.0: TYPE lists and repeated TYPE, TYPE=pref, an escaped line break in the street, two addresses, URLs
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lindqvist;Anna;;;\r\nFN:Anna Lindqvist\r\n"
    "TEL;TYPE=work,fax:+46 8 123 45 00\r\nTEL;TYPE=WORK;TYPE=VOICE:+46 8 123 45 67\r\n"
    "TEL;TYPE=CELL;TYPE=pref:+46 70 123 45 67\r\n"
    "EMAIL;TYPE=INTERNET;TYPE=WORK:anna@firma.se\r\nEMAIL;TYPE=INTERNET,HOME,pref:anna@example.se\r\n"
    "item1.ADR;TYPE=WORK:;;Storgatan 1\\nPlan 3;Malm\xC3\xB6;;211 34;Sweden\r\n"
    "ADR;TYPE=HOME:;;Hemv\xC3\xA4gen 2;Lund;;222 22;Sweden\r\n"
    "URL;TYPE=WORK:https\\://firma.se/anna\r\nURL:https://anna.example.se\r\n"
    "END:VCARD\r\n"
    // 4.0: quoted TYPE lists, PREF=1, a tel: URI with an extension
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Olena Kovalenko\r\nN:Kovalenko;Olena;;;\r\n"
    "TEL;VALUE=uri;TYPE=\"work,voice\":tel:+380-44-123-4567\r\n"
    "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-555-555-5555;ext=5555\r\n"
    "TEL;VALUE=uri;TYPE=\"home,cell\";PREF=2:tel:+380-67-123-4567\r\n"
    "EMAIL;TYPE=work:olena@firma.ua\r\n"
    "END:VCARD\r\n";

} // namespace

TEST_F(VCardImport, TypesOfEachVersionBecomeLabelsWithThePreferredFirst) {
    const auto report = run(write("typed.vcf", kTypedCards));
    EXPECT_EQ(report.rows, 3);
    EXPECT_EQ(report.added, 3);
    EXPECT_EQ(report.rejected, 0) << (report.problems.empty() ? "" : report.problems[0].describe());

    const auto jan = named("Jan Nowak");
    EXPECT_EQ(labels(jan.phones),
              (Labels{"+48 601 234 567 [mobile]", "+48 22 555 01 01 [home fax]", "+48 22 555 01 02 [work]"}));
    EXPECT_EQ(labels(jan.emails), (Labels{"jan@example.pl [home]"}));
    EXPECT_EQ(jan.address.street, "ul. Długa 1, m. 4") << "a QUOTED-PRINTABLE line break joins the street";
    EXPECT_EQ(jan.address.city, "Warszawa");

    const auto anna = named("Anna Lindqvist");
    EXPECT_EQ(labels(anna.phones),
              (Labels{"+46 70 123 45 67 [mobile]", "+46 8 123 45 00 [work fax]", "+46 8 123 45 67 [work]"}));
    EXPECT_EQ(labels(anna.emails), (Labels{"anna@example.se [home]", "anna@firma.se [work]"}));

    const auto olena = named("Olena Kovalenko");
    EXPECT_EQ(labels(olena.phones), (Labels{"+1-555-555-5555 ext. 5555 [work]", "+380-67-123-4567 [home mobile]",
                                            "+380-44-123-4567 [work]"}));
    EXPECT_EQ(olena.kind, core::CustomerKind::Person);
}

TEST_F(VCardImport, EveryAddressAndUrlIsKeptAndStreetsStayOnOneLine) {
    run(write("typed.vcf", kTypedCards));
    const auto anna = named("Anna Lindqvist");
    EXPECT_EQ(anna.address.street, "Storgatan 1, Plan 3") << "the first address fills the address";
    EXPECT_EQ(anna.address.city, "Malmö");
    EXPECT_EQ(anna.address.postcode, "211 34");
    EXPECT_EQ(anna.notes, "Address (home): Hemvägen 2, 222 22 Lund, Sweden\n"
                          "Web (work): https://firma.se/anna\n"
                          "Web: https://anna.example.se");
}

TEST_F(VCardImport, APreferredAddressComesFirst) {
    const auto report = run(write("pref.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Piotr Zieli\xC5\x84ski\r\n"
                                              "ADR;TYPE=work:;;Biurowa 5;Krak\xC3\xB3w;;30-001;Poland\r\n"
                                              "ADR;TYPE=home;PREF=1:;;Domowa 7;Krak\xC3\xB3w;;30-002;Poland\r\n"
                                              "END:VCARD\r\n"));
    EXPECT_EQ(report.added, 1);
    const auto piotr = named("Piotr Zieliński");
    EXPECT_EQ(piotr.address.street, "Domowa 7");
    EXPECT_EQ(piotr.notes, "Address (work): Biurowa 5, 30-001 Kraków, Poland");
}

TEST_F(VCardImport, OrganisationsAndTheirPeopleNeverLoseAName) {
    // An organisation that is already in the base, under its legal name.
    core::Customer existing;
    existing.kind = core::CustomerKind::Organisation;
    existing.market = core::Market::B2B;
    existing.displayName = "Baltic Foods";
    existing.legalName = "Baltic Foods Sp. z o.o.";
    const auto balticId = m_repository->addCustomer(existing);

    const std::string cards =
        // ORG only (3.0): an organisation customer
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Nordic Tools AB\r\nORG:Nordic Tools AB;Sales\r\n"
        "TEL;TYPE=WORK,VOICE:+46 8 700 00 00\r\nURL:https://nordictools.se\r\nEND:VCARD\r\n"
        // N empty, FN a person, ORG set (4.0): a person at the organisation, not an organisation
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Erik Berg\r\nORG:Nordic Tools AB\r\nTITLE:Purchasing manager\r\n"
        "ROLE:Decision maker\r\nEMAIL;TYPE=work:erik@nordictools.se\r\nTEL;TYPE=\"work,fax\":+46 8 700 00 01\r\n"
        "END:VCARD\r\n"
        // N and ORG (2.1): another person at the same organisation
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Holm;Karin\r\nFN:Karin Holm\r\nORG:Nordic Tools AB\r\nTITLE:Owner\r\n"
        "TEL;CELL:+46 70 700 00 02\r\nEND:VCARD\r\n"
        // a person at an organisation already in the base, found by its legal name
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kowalska;Ewa;;;\r\nFN:Ewa Kowalska\r\nORG:Baltic Foods Sp. z o.o.\r\n"
        "ROLE:buyer\r\nEND:VCARD\r\n"
        // Apple's company card: X-ABShowAs:COMPANY
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Fjord Fisk AS\r\nORG:Fjord Fisk AS;\r\nX-ABShowAs:COMPANY\r\n"
        "END:VCARD\r\n"
        // vCard 4 KIND:org without ORG
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Kyiv Bakery\r\nEND:VCARD\r\n"
        // N and FN without ORG: a person; TITLE goes nowhere near the notes
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Lena;;;\r\nFN:Lena Berg\r\nTITLE:Teacher\r\nNOTE:Likes tea\r\n"
        "END:VCARD\r\n";
    const auto file = write("orgs.vcf", cards);
    const auto report = run(file);
    EXPECT_EQ(report.rows, 7);
    EXPECT_EQ(report.rejected, 0) << (report.problems.empty() ? "" : report.problems[0].describe());
    EXPECT_EQ(report.added, 4) << "Nordic Tools, Fjord Fisk, Kyiv Bakery, Lena Berg";
    EXPECT_EQ(report.updated + report.unchanged, 1) << "Baltic Foods, matched by its legal name";
    EXPECT_EQ(report.contactPersonsAdded, 3);

    const auto all = customers();
    ASSERT_EQ(all.size(), 5u);
    const auto nordic = named("Nordic Tools AB");
    EXPECT_EQ(nordic.kind, core::CustomerKind::Organisation);
    EXPECT_EQ(nordic.market, core::Market::B2B);
    EXPECT_EQ(nordic.legalName, "Nordic Tools AB");
    EXPECT_EQ(labels(nordic.phones), (Labels{"+46 8 700 00 00 [work]"}));
    EXPECT_EQ(nordic.notes, "Web: https://nordictools.se");
    const auto people = m_repository->contactPersons(nordic.id);
    ASSERT_EQ(people.size(), 2u);
    const auto erik = people[0].name == "Erik Berg" ? people[0] : people[1];
    const auto karin = people[0].name == "Erik Berg" ? people[1] : people[0];
    EXPECT_EQ(erik.name, "Erik Berg");
    EXPECT_EQ(erik.role, "Purchasing manager, Decision maker");
    EXPECT_EQ(labels(erik.emails), (Labels{"erik@nordictools.se [work]"}));
    EXPECT_EQ(labels(erik.phones), (Labels{"+46 8 700 00 01 [work fax]"}));
    EXPECT_EQ(karin.name, "Karin Holm");
    EXPECT_EQ(karin.role, "Owner");
    EXPECT_EQ(labels(karin.phones), (Labels{"+46 70 700 00 02 [mobile]"}));

    const auto baltic = *m_repository->customer(balticId);
    EXPECT_EQ(baltic.displayName, "Baltic Foods") << "an existing organisation keeps its name";
    const auto balticPeople = m_repository->contactPersons(balticId);
    ASSERT_EQ(balticPeople.size(), 1u);
    EXPECT_EQ(balticPeople[0].name, "Ewa Kowalska");
    EXPECT_EQ(balticPeople[0].role, "buyer");

    EXPECT_EQ(named("Fjord Fisk AS").kind, core::CustomerKind::Organisation);
    EXPECT_TRUE(m_repository->contactPersons(named("Fjord Fisk AS").id).empty());
    EXPECT_EQ(named("Kyiv Bakery").kind, core::CustomerKind::Organisation);
    const auto lena = named("Lena Berg");
    EXPECT_EQ(lena.kind, core::CustomerKind::Person);
    EXPECT_EQ(lena.notes, "Likes tea") << "TITLE is not stuffed into the notes";
    for (const auto& c : all) {
        EXPECT_EQ(c.notes.find("Title"), std::string::npos) << c.displayName;
        EXPECT_EQ(c.notes.find("Organisation:"), std::string::npos) << c.displayName;
    }

    const auto summary = io::importSummary(report, false);
    EXPECT_NE(summary.find("Read 7 cards (utf-8)"), std::string::npos) << summary;
    EXPECT_NE(summary.find("Customers: added 4, updated "), std::string::npos) << summary;
    EXPECT_NE(summary.find("Contact persons at organisations: added 3"), std::string::npos) << summary;
    EXPECT_EQ(summary.find("delimiter"), std::string::npos) << summary;
    EXPECT_EQ(summary.find("header"), std::string::npos) << summary;
    EXPECT_EQ(summary.find("dates"), std::string::npos) << summary;
    EXPECT_EQ(summary.find("decimal"), std::string::npos) << summary;

    // The same file again changes nothing.
    const auto before = customers();
    std::vector<std::vector<core::ContactPerson>> peopleBefore;
    for (const auto& c : before) {
        peopleBefore.push_back(m_repository->contactPersons(c.id));
    }
    const auto again = run(file);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 5);
    EXPECT_EQ(again.contactPersonsAdded, 0);
    EXPECT_EQ(again.contactPersonsUpdated, 0);
    EXPECT_EQ(again.contactPersonsUnchanged, 3);
    EXPECT_EQ(customers(), before);
    for (std::size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(m_repository->contactPersons(before[i].id), peopleBefore[i]) << before[i].displayName;
    }
}

TEST_F(VCardImport, SameTypedFileTwiceChangesNothing) {
    const auto file = write("typed.vcf", kTypedCards);
    run(file);
    const auto before = customers();
    const auto again = run(file);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(customers(), before);
}

TEST_F(VCardImport, RejectedCardsCarryTheirProblemOnOneEscapedLine) {
    const std::string cards =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good Person\r\nEND:VCARD\r\n"
        // a phone with an escaped line break and letters; an e-mail that is none
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad Phone\r\nTEL:555\\nabc\r\nEMAIL:not-an-address\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\n";
    const auto report = run(write("bad.vcf", cards));
    EXPECT_EQ(report.rows, 3);
    EXPECT_EQ(report.added, 1);
    EXPECT_EQ(report.rejected, 2);
    ASSERT_FALSE(report.rejectsPath.empty());
    const auto rejects = test::readBytes(report.rejectsPath);
    // Unfold the problem property and check it is one escaped TEXT value.
    const auto at = rejects.find("X-RAPPORT-IMPORT-PROBLEM:");
    ASSERT_NE(at, std::string::npos) << rejects;
    std::string property;
    std::size_t pos = at;
    for (;;) {
        const auto end = rejects.find("\r\n", pos);
        ASSERT_NE(end, std::string::npos);
        property += rejects.substr(pos, end - pos);
        if (end + 2 < rejects.size() && rejects[end + 2] == ' ') {
            pos = end + 3;
            continue;
        }
        break;
    }
    EXPECT_EQ(property.find('\n'), std::string::npos) << property;
    EXPECT_EQ(property.find('\r'), std::string::npos) << property;
    EXPECT_NE(property.find("TEL \"555\\, abc\""), std::string::npos) << property;
    EXPECT_NE(property.find("\\; card 2"), std::string::npos) << "problems joined by an escaped ';': " << property;
    EXPECT_NE(property.find("EMAIL \"not-an-address\""), std::string::npos) << property;
    EXPECT_NE(rejects.find("FN:Bad Phone"), std::string::npos);
    EXPECT_NE(rejects.find("a name (FN\\, N or ORG)"), std::string::npos) << rejects;
    // Every physical line of the rejects file is at most 75 octets or one of the cards' own lines.
    std::size_t start = 0;
    while (start < rejects.size()) {
        const auto end = rejects.find("\r\n", start);
        const auto line = rejects.substr(start, end - start);
        if (line.starts_with("X-RAPPORT") || line.starts_with(" ")) {
            EXPECT_LE(line.size(), 75u) << line;
        }
        start = end == std::string::npos ? rejects.size() : end + 2;
    }
    // The rejects file reads back as the same cards, the problem ignored.
    const auto reread = io::parseVCards(rejects);
    ASSERT_EQ(reread.size(), 2u);
    EXPECT_EQ(reread[0].formattedName, "Bad Phone");
    EXPECT_TRUE(reread[0].error.empty());

    const auto summary = io::importSummary(report, false);
    EXPECT_NE(summary.find("card 2 (line 5), TEL \"555, abc\""), std::string::npos) << summary;

    // The rejects file imported as it is: rejected again, with one problem each, not the old one beside it.
    const auto second = run(write("again.vcf", rejects));
    EXPECT_EQ(second.rejected, 2);
    const auto rejectedAgain = test::readBytes(second.rejectsPath);
    std::size_t problems = 0;
    for (auto at2 = rejectedAgain.find("X-RAPPORT-IMPORT-PROBLEM"); at2 != std::string::npos;
         at2 = rejectedAgain.find("X-RAPPORT-IMPORT-PROBLEM", at2 + 1)) {
        ++problems;
    }
    EXPECT_EQ(problems, 2u) << rejectedAgain;
    EXPECT_NE(rejectedAgain.find("card 1 (line 1)"), std::string::npos) << rejectedAgain;
}

TEST(VCardWriter, EscapesTextAndFoldsAt75OctetsBetweenCharacters) {
    EXPECT_EQ(io::vcardText("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    // 40 two-byte letters after "NOTE:": the fold must not split one.
    std::string value;
    for (int i = 0; i < 40; ++i) {
        value += "\xC5\x81";
    }
    const auto line = io::vcardLine("NOTE", value);
    ASSERT_TRUE(line.ends_with("\r\n"));
    std::string unfolded;
    std::size_t start = 0;
    while (start < line.size()) {
        const auto end = line.find("\r\n", start);
        auto physical = line.substr(start, end - start);
        EXPECT_LE(physical.size(), 75u);
        if (start > 0) {
            ASSERT_EQ(physical.front(), ' ');
            physical.erase(0, 1);
            EXPECT_NE(static_cast<unsigned char>(physical.front()) & 0xC0, 0x80) << "a fold inside a character";
        }
        unfolded += physical;
        start = end + 2;
    }
    EXPECT_EQ(unfolded, "NOTE:" + value);
    EXPECT_EQ(io::vcardLine("FN", "short"), "FN:short\r\n");
}

TEST_F(VCardImport, ExportedCardsImportBackTheSame) {
    core::Customer person;
    person.displayName = "Zofia Wiśniewska-Długosz z Przemyśla i Okolic, Projektantka Wnętrz; Konsultantka";
    person.emails = {{"zofia@example.pl", "home"}, {"biuro@example.pl", "work"}};
    person.phones = {{"+48 601 234 567", "mobile"}, {"+48 22 555 01 01 ext. 12", "work fax"}};
    person.address = {"ul. Długa 1, m. 4", "00-950", "Warszawa", "mazowieckie", "Poland"};
    person.tags = {"design", "vip, gold"};
    person.notes = "Met at the fair; liked\nthe samples, asked for \\ prices";
    person.externalRef = "crm-7";
    m_repository->addCustomer(person);

    core::Customer organisation;
    organisation.kind = core::CustomerKind::Organisation;
    organisation.market = core::Market::B2B;
    organisation.displayName = "Nordic Tools";
    organisation.legalName = "Nordic Tools AB";
    organisation.phones = {{"+46 8 700 00 00", "work"}};
    organisation.address.city = "Malmö";
    const auto organisationId = m_repository->addCustomer(organisation);
    core::ContactPerson erik;
    erik.customerId = organisationId;
    erik.name = "Erik Berg";
    erik.role = "Purchasing manager";
    erik.emails = {{"erik@nordictools.se", "work"}};
    erik.phones = {{"+46 70 700 00 01", "mobile"}};
    erik.notes = "Prefers e-mail";
    m_repository->addContactPerson(erik);
    core::ContactPerson former = erik;
    former.name = "Former Buyer";
    former.activeTo = core::Date::fromYmd(2020, 1, 31);
    m_repository->addContactPerson(former);

    std::string text;
    for (const auto& c : customers()) {
        text += io::vcardsOf(c, m_repository->contactPersons(c.id), core::Date::fromYmd(2026, 1, 1));
    }
    EXPECT_NE(text.find("KIND:org\r\n"), std::string::npos);
    EXPECT_NE(text.find("TEL;TYPE=work,fax:+48 22 555 01 01 ext. 12\r\n"), std::string::npos) << text;
    EXPECT_NE(text.find("UID:crm-7\r\n"), std::string::npos);
    EXPECT_NE(text.find("TITLE:Purchasing manager\r\n"), std::string::npos);
    EXPECT_EQ(text.find("Former Buyer"), std::string::npos) << "only current contact persons";
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find("\r\n", start);
        ASSERT_NE(end, std::string::npos) << "every line ends in CRLF";
        EXPECT_LE(end - start, 75u) << text.substr(start, end - start);
        start = end + 2;
    }

    test::TestDatabase other;
    auto copy = storage::openRepository(other.location());
    const auto report = run(write("export.vcf", text), copy.get());
    EXPECT_EQ(report.rejected, 0) << (report.problems.empty() ? "" : report.problems[0].describe());
    EXPECT_EQ(report.added, 2);
    EXPECT_EQ(report.contactPersonsAdded, 1);
    const auto original = customers();
    const auto imported = customers(*copy);
    ASSERT_EQ(imported.size(), original.size());
    for (std::size_t i = 0; i < original.size(); ++i) {
        auto expected = original[i];
        auto actual = imported[i];
        expected.id = actual.id = 0;
        expected.acquiredOn = actual.acquiredOn = std::nullopt;
        EXPECT_EQ(actual, expected) << original[i].displayName;
    }
    const auto people = copy->contactPersons(imported[1].id);
    ASSERT_EQ(people.size(), 1u);
    EXPECT_EQ(people[0].name, "Erik Berg");
    EXPECT_EQ(people[0].role, "Purchasing manager");
    EXPECT_EQ(people[0].emails, erik.emails);
    EXPECT_EQ(people[0].phones, erik.phones);
    EXPECT_EQ(people[0].notes, "Prefers e-mail");

    // And the export imported into the base it came from changes nothing there.
    const auto back = run(write("export.vcf", text));
    EXPECT_EQ(back.added, 0);
    EXPECT_EQ(back.updated, 0);
    EXPECT_EQ(back.contactPersonsAdded, 0);
    EXPECT_EQ(customers(), original);
}
