// SqliteRepository: campaigns and loyalty offers, their members and what the members bought in the window.
#include "storage/errors.h"
#include "storage/sqlite/codes.h"
#include "storage/sqlite/customer_paging.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/sqlite_repository.h"
#include "storage/sqlite/transaction.h"

namespace rapport::storage::sqlite {

namespace {

constexpr const char* kCampaignColumns =
    "id, name, goal, offer, offer_text, channel, control_percent, stratification, seed, window_days, "
    "cost_per_contact, exclude_contacted_days, target, created_by, launched_on";

void bindCampaignColumns(Statement& s, const core::Campaign& c) {
    s.bind(2, c.name)
        .bind(3, c.goal)
        .bind(4, core::toCode(c.offer))
        .bind(5, c.offerText)
        .bind(6, core::toCode(c.channel))
        .bind(7, c.controlPercent)
        .bind(8, core::toCode(c.stratification))
        .bind(9, static_cast<std::int64_t>(c.seed)) // below 2^53 when Rapport made it; any 64 bits round-trip
        .bind(10, c.responseWindowDays)
        .bind(11, c.costPerContact.minor())
        .bind(12, c.excludeContactedDays)
        .bind(13, c.targetDescription)
        .bind(14, c.createdBy)
        .bind(15, optionalDays(c.launchedOn));
}

core::Campaign readCampaign(const Statement& s, int first = 0) {
    core::Campaign c;
    c.id = s.int64(first);
    c.name = s.text(first + 1);
    c.goal = s.text(first + 2);
    c.offer = enumColumn<core::OfferKind>(s, first + 3, "campaign.offer");
    c.offerText = s.text(first + 4);
    c.channel = enumColumn<core::Channel>(s, first + 5, "campaign.channel");
    c.controlPercent = s.int32(first + 6);
    c.stratification = enumColumn<core::Stratification>(s, first + 7, "campaign.stratification");
    c.seed = static_cast<std::uint64_t>(s.int64(first + 8));
    c.responseWindowDays = s.int32(first + 9);
    c.costPerContact = core::Money::fromMinor(s.int64(first + 10));
    c.excludeContactedDays = s.int32(first + 11);
    c.targetDescription = s.text(first + 12);
    c.createdBy = s.text(first + 13);
    c.launchedOn = optionalDateColumn(s, first + 14);
    return c;
}

} // namespace

core::CampaignId SqliteRepository::addCampaign(const core::Campaign& campaign) {
    core::validate(campaign);
    return inTransaction(*m_db, [&] {
        auto& insert = m_db->cached(std::string("INSERT INTO campaign (") + kCampaignColumns +
                                    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
        bindRowId(insert, 1, campaign.id);
        bindCampaignColumns(insert, campaign);
        insert.run();
        return m_db->lastInsertRowId();
    });
}

void SqliteRepository::updateCampaign(const core::Campaign& campaign) {
    core::validate(campaign);
    inTransaction(*m_db, [&] {
        auto& update = m_db->cached(
            "UPDATE campaign SET name = ?2, goal = ?3, offer = ?4, offer_text = ?5, channel = ?6, control_percent = "
            "?7, "
            "stratification = ?8, seed = ?9, window_days = ?10, cost_per_contact = ?11, exclude_contacted_days = ?12, "
            "target = ?13, created_by = ?14, launched_on = ?15 WHERE id = ?1");
        update.bind(1, campaign.id);
        bindCampaignColumns(update, campaign);
        update.run();
        requireFound(m_db->changes() > 0, "campaign", campaign.id);
    });
}

void SqliteRepository::removeCampaign(core::CampaignId id) {
    inTransaction(*m_db, [&] {
        m_db->cached("DELETE FROM campaign WHERE id = ?1").bind(1, id).run();
        requireFound(m_db->changes() > 0, "campaign", id);
    });
}

std::optional<core::Campaign> SqliteRepository::campaign(core::CampaignId id) {
    auto& select = m_db->cached(std::string("SELECT ") + kCampaignColumns + " FROM campaign WHERE id = ?1");
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    auto result = readCampaign(select);
    select.reset();
    return result;
}

std::vector<CampaignSummary> SqliteRepository::campaigns() {
    auto& select =
        m_db->cached(std::string("SELECT ") + kCampaignColumns +
                     ", (SELECT count(*) FROM campaign_member m WHERE m.campaign_id = campaign.id AND m.control = 0), "
                     "(SELECT count(*) FROM campaign_member m WHERE m.campaign_id = campaign.id AND m.control = 1) "
                     "FROM campaign ORDER BY launched_on IS NOT NULL, launched_on DESC, id DESC");
    std::vector<CampaignSummary> result;
    while (select.step()) {
        result.push_back({readCampaign(select), select.int64(15), select.int64(16)});
    }
    return result;
}

void SqliteRepository::scanCampaignCandidates(const CustomerFilter& filter,
                                              const std::function<bool(std::span<const CampaignCandidateRow>)>& sink) {
    sqlite::scanCampaignCandidates(*m_db, filter, sink);
}

void SqliteRepository::storeCampaignMembers(core::CampaignId id, std::span<const core::CampaignMember> members) {
    inTransaction(*m_db, [&] {
        auto& insert = m_db->cached(
            "INSERT INTO campaign_member (campaign_id, customer_id, control, stratum) VALUES (?1, ?2, ?3, ?4)");
        for (const auto& member : members) {
            insert.bind(1, id).bind(2, member.customerId).bind(3, member.control).bind(4, member.stratum).run();
            insert.reset();
        }
    });
}

std::vector<core::CampaignMember> SqliteRepository::campaignMembers(core::CampaignId id) {
    auto& select = m_db->cached("SELECT customer_id, control, stratum FROM campaign_member WHERE campaign_id = ?1 "
                                "ORDER BY customer_id");
    select.bind(1, id);
    std::vector<core::CampaignMember> result;
    while (select.step()) {
        result.push_back({select.int64(0), select.int64(1) != 0, select.int32(2)});
    }
    return result;
}

std::vector<CampaignMemberOutcome> SqliteRepository::campaignOutcomes(core::CampaignId id, core::Date from,
                                                                      core::Date to) {
    // One range of the purchase index per member: the campaign's size, not the base's, sets the cost.
    auto& select =
        m_db->cached("SELECT m.customer_id, m.control, m.stratum, "
                     "(SELECT count(*) FROM episode e WHERE e.customer_id = m.customer_id AND e.kind = 'purchase' "
                     "AND e.occurred_on BETWEEN ?2 AND ?3), "
                     "(SELECT coalesce(sum(e.revenue), 0) FROM episode e WHERE e.customer_id = m.customer_id "
                     "AND e.kind IN ('purchase', 'return') AND e.occurred_on BETWEEN ?2 AND ?3), "
                     "(SELECT coalesce(sum(e.margin), 0) FROM episode e WHERE e.customer_id = m.customer_id "
                     "AND e.kind IN ('purchase', 'return') AND e.occurred_on BETWEEN ?2 AND ?3) "
                     "FROM campaign_member m WHERE m.campaign_id = ?1 ORDER BY m.customer_id");
    select.bind(1, id).bind(2, static_cast<std::int64_t>(from.days())).bind(3, static_cast<std::int64_t>(to.days()));
    std::vector<CampaignMemberOutcome> result;
    while (select.step()) {
        result.push_back({select.int64(0), select.int64(1) != 0, select.int32(2), select.int64(3), select.int64(4),
                          select.int64(5)});
    }
    return result;
}

std::vector<CampaignContact> SqliteRepository::campaignContacts(core::CampaignId id) {
    auto& select = m_db->cached(
        "SELECT c.id, c.display_name, c.owner, "
        "coalesce((SELECT value FROM contact_point p WHERE p.customer_id = c.id AND p.contact_person_id IS NULL "
        "AND p.kind = 'email' ORDER BY p.position LIMIT 1), ''), "
        "coalesce((SELECT value FROM contact_point p WHERE p.customer_id = c.id AND p.contact_person_id IS NULL "
        "AND p.kind = 'phone' ORDER BY p.position LIMIT 1), '') "
        "FROM campaign_member m JOIN customer c ON c.id = m.customer_id "
        "WHERE m.campaign_id = ?1 AND m.control = 0 AND coalesce((SELECT k.given FROM consent k "
        "WHERE k.customer_id = c.id AND k.purpose = 'marketing' ORDER BY k.recorded_on DESC, k.id DESC LIMIT 1), 0) = "
        "1 "
        "ORDER BY c.id");
    select.bind(1, id);
    std::vector<CampaignContact> result;
    while (select.step()) {
        result.push_back({select.int64(0), select.text(1), select.text(2), select.text(3), select.text(4)});
    }
    return result;
}

} // namespace rapport::storage::sqlite
