#include "ui/sample_base.h"

#include "core/assessment.h"
#include "core/churn.h"
#include "core/contact_person.h"
#include "core/customer.h"
#include "core/episode.h"
#include "core/ladder.h"
#include "core/partnership.h"
#include "core/relationship_cost.h"
#include "storage/repository.h"

#include <array>
#include <random>

namespace rapport::test {

namespace {

// Polish words on purpose: data in the user's language, whose Latin letters the translation checks must accept
// only because they are listed here.
constexpr std::array kGiven{"Zofia", "Jan",    "Ewa",      "Marek",   "Łucja",
                            "Piotr", "Halina", "Wojciech", "Jadwiga", "Bogdan"};
constexpr std::array kFamily{"Kowalczyk", "Wiśniewska", "Dąbrowski", "Zając",  "Pietrzak",
                             "Grabowska", "Mazur",      "Krajewski", "Sobczak"};
constexpr std::array kCities{"Kraków", "Gdynia", "Lublin", "Toruń", "Opole"};
constexpr std::array kSegments{"Rodziny", "Seniorzy", "Hurt"};
constexpr std::array kOwners{"Agata Sowa", "Tadeusz Lis"};
constexpr std::array kNotes{"Rozmowa o nowej ofercie", "Reklamacja dostawy", "Spotkanie w sklepie"};

class Writer {
public:
    Writer(storage::Repository& repository, QStringList& data)
        : m_repository(repository)
        , m_data(data) {}

    /** Remembers a stored text and hands it back. */
    std::string text(const std::string& value) {
        if (!value.empty() && !m_data.contains(QString::fromStdString(value))) {
            m_data << QString::fromStdString(value);
        }
        return value;
    }

    int pick(int below) { return std::uniform_int_distribution<int>(0, below - 1)(m_random); }

    core::Episode purchase(core::CustomerId id, core::Date day, std::int64_t minor) {
        core::Episode e;
        e.customerId = id;
        e.occurredOn = day;
        e.kind = core::EpisodeKind::Purchase;
        e.channel = pick(2) == 0 ? core::Channel::PointOfSale : core::Channel::Phone;
        e.revenue = core::Money::fromMinor(minor);
        e.margin = core::Money::fromMinor(minor * 3 / 10);
        return e;
    }

    storage::Repository& m_repository;
    QStringList& m_data;
    std::mt19937 m_random{20261130};
};

} // namespace

SampleBase writeSampleBase(const std::string& path) {
    SampleBase base;
    auto repository = storage::openRepository(path);
    Writer w(*repository, base.data);
    const auto today = core::Date::today();

    // Buyers with three years of purchases; some stopped a year or more ago, so the churn rules have work.
    std::vector<core::CustomerId> customers;
    for (int i = 0; i < 90; ++i) {
        core::Customer c;
        c.displayName = w.text(std::string(kGiven[static_cast<std::size_t>(i) % kGiven.size()]) + " " +
                               kFamily[static_cast<std::size_t>(i / 10) % kFamily.size()]);
        c.legalName = c.displayName;
        c.address.city = w.text(kCities[static_cast<std::size_t>(i) % kCities.size()]);
        c.address.street = w.text("ul. Lipowa " + std::to_string(i + 1));
        c.segment = w.text(kSegments[static_cast<std::size_t>(i) % kSegments.size()]);
        c.owner = w.text(kOwners[static_cast<std::size_t>(i) % kOwners.size()]);
        c.emails = {{w.text("klient" + std::to_string(i + 1) + "@poczta.pl"), {}}};
        c.phones = {{w.text("+48 601 200 " + std::to_string(100 + i)), {}}};
        c.tags = {w.text(i % 2 == 0 ? "kawa" : "herbata")};
        c.acquiredOn = today.addDays(-1100 + i);
        c.acquisitionChannel = core::Channel::WebForm;
        c.incomeBand = core::IncomeBand::Middle;
        c.householdSize = 1 + i % 4;
        c.consents = {{core::ConsentPurpose::Processing, true, today.addDays(-1100), w.text("zgoda-2023")}};
        const auto id = repository->addCustomer(c);
        customers.push_back(id);
        // Purchases as the purchase models picture them: each buyer at their own rate while they stay, and
        // gone after a while of their own (some long ago, so the churn rules have work).
        const double meanGap = 20.0 + w.pick(160);
        const int staysDays = 150 + w.pick(1000);
        std::exponential_distribution<double> gap(1.0 / meanGap);
        for (double day = w.pick(300); day < std::min(staysDays, 1095); day += 1.0 + gap(w.m_random)) {
            repository->addEpisode(
                w.purchase(id, today.addDays(-1095 + static_cast<int>(day)), 5'000 + w.pick(80'000)));
        }
        if (i % 3 == 0) {
            core::Episode complaint;
            complaint.customerId = id;
            complaint.occurredOn = today.addDays(-2 - i % 5);
            complaint.kind = core::EpisodeKind::Complaint;
            complaint.channel = core::Channel::Email;
            complaint.satisfaction = -1;
            complaint.critical = i % 6 == 0;
            complaint.notes = w.text(kNotes[static_cast<std::size_t>(i) % kNotes.size()]);
            complaint.followUpOn = today.addDays(-(i % 3));
            repository->addEpisode(complaint);
        }
    }

    // An organisation with the card's every tab filled.
    core::Customer org;
    org.kind = core::CustomerKind::Organisation;
    org.market = core::Market::B2B;
    org.displayName = w.text("Hurtownia Bursztyn");
    org.legalName = w.text("Hurtownia Bursztyn Sp. z o.o.");
    org.address = {w.text("ul. Długa 5"), w.text("80-831"), w.text("Gdańsk"), w.text("pomorskie"), w.text("Polska")};
    org.segment = w.text("Hurt");
    org.owner = w.text("Agata Sowa");
    org.emails = {{w.text("biuro@bursztyn.pl"), w.text("biuro")}};
    org.externalRef = w.text("ERP-00412");
    org.notes = w.text("Płaci w terminie");
    org.acquiredOn = today.addDays(-900);
    base.organisation = repository->addCustomer(org);
    auto invoice = w.purchase(base.organisation, today.addDays(-30), 250'000);
    invoice.reference = w.text("FV-2025-118");
    invoice.lineCount = 3;
    const auto invoiceId = repository->addEpisode(invoice);
    core::Episode credit;
    credit.customerId = base.organisation;
    credit.occurredOn = today.addDays(-20);
    credit.kind = core::EpisodeKind::Return;
    credit.channel = core::Channel::Email;
    credit.revenue = core::Money::fromMinor(-250'000);
    credit.reference = w.text("KOR-2025-7");
    credit.cancels = invoiceId;
    repository->addEpisode(credit);
    for (int p = 0; p < 8; ++p) {
        repository->addEpisode(w.purchase(base.organisation, today.addDays(-40 - 90 * p), 180'000 + 1'000 * p));
    }
    core::ContactPerson buyer;
    buyer.customerId = base.organisation;
    buyer.name = w.text("Renata Szulc");
    buyer.role = w.text("kierowniczka zakupów");
    buyer.decisionMaker = true;
    buyer.emails = {{w.text("renata.szulc@bursztyn.pl"), {}}};
    buyer.activeFrom = today.addDays(-800);
    repository->addContactPerson(buyer);
    core::ContactPerson former = buyer;
    former.name = w.text("Ignacy Wrona");
    former.emails = {};
    former.activeTo = today.addDays(-300);
    repository->addContactPerson(former);
    for (const auto& [title, due, done] :
         {std::tuple{"Zadzwonić w sprawie umowy", 0, false}, std::tuple{"Wysłać cennik", -3, false},
          std::tuple{"Umówić spotkanie", -30, true}}) {
        core::Task task;
        task.customerId = base.organisation;
        task.title = w.text(title);
        task.dueOn = today.addDays(due);
        task.done = done;
        task.owner = w.text("Agata Sowa");
        repository->addTask(task);
    }
    repository->setRelationshipCost(
        {base.organisation, today.year(), core::CostLine::Delivery, core::Money::fromMinor(120'000)});
    repository->setRelationshipCost(
        {base.organisation, today.year() - 1, core::CostLine::SalesManagerPay, core::Money::fromMinor(300'000)});
    for (const auto component : {core::AssessmentComponent::Commitment, core::AssessmentComponent::Sacrifices}) {
        core::Assessment a;
        a.customerId = base.organisation;
        a.component = component;
        a.assessedOn = today.addDays(-10);
        a.score = 4;
        a.note = w.text("po rozmowie z zarządem");
        a.assessedBy = w.text("Agata Sowa");
        repository->addAssessment(a);
    }
    repository->setLadderOverride({base.organisation, core::LadderStage::Advocate,
                                   w.text("poleca nas innym hurtowniom"), today, w.text("Agata Sowa")});

    // Partnerships: one with the organisation, one that ended.
    core::Partnership bakery;
    bakery.partnerName = w.text("Hurtownia Bursztyn");
    bakery.partnerCustomerId = base.organisation;
    bakery.direction = core::PartnerDirection::Distributor;
    bakery.form = core::PartnershipForm::JointMarketing;
    bakery.bonds = {core::Bond::Economic, core::Bond::Social};
    bakery.valueShared = core::Money::fromMinor(2'500'000);
    bakery.startedOn = today.addDays(-700);
    bakery.stageHistory = {{core::PartnershipStage::Formation, today.addDays(-700), w.text("pierwsze rozmowy")},
                           {core::PartnershipStage::Experimentation, today.addDays(-400), w.text("wspólna akcja")}};
    bakery.notes = w.text("Wspólne gazetki");
    repository->addPartnership(bakery);
    core::Partnership printer;
    printer.partnerName = w.text("Drukarnia Orzeł");
    printer.direction = core::PartnerDirection::Supplier;
    printer.form = core::PartnershipForm::SupplyContract;
    printer.bonds = {core::Bond::Legal};
    printer.startedOn = today.addDays(-600);
    printer.endedOn = today.addDays(-100);
    printer.stageHistory = {{core::PartnershipStage::Formation, today.addDays(-600), {}},
                            {core::PartnershipStage::Rupture, today.addDays(-100), w.text("zbyt wysokie ceny")}};
    repository->addPartnership(printer);

    core::Customer prospect;
    prospect.displayName = w.text("Celina Bąk");
    prospect.address.city = w.text("Opole");
    base.prospect = repository->addCustomer(prospect);

    // Lost customers: one for a reason of the seed's catalogue, one for a reason the user added.
    repository->addChurnReason({"moved_abroad", w.text("Wyjazd za granicę"), std::nullopt, std::nullopt});
    base.lost = customers[4];
    repository->addChurnRecord({0, base.lost, today.addDays(-200), "lower_prices", w.text("znalazła tańszy sklep"), 1,
                                core::WinBackOutcome::Pending});
    repository->addChurnRecord(
        {0, customers[8], today.addDays(-150), "moved_abroad", {}, 0, core::WinBackOutcome::None});
    return base;
}

} // namespace rapport::test
