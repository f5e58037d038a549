#include "app/campaigns.h"

#include "analytics/control_group.h"
#include "app/edit.h"
#include "reports/report_files.h"
#include "reports/table_writer.h"
#include "reports/xlsx_writer.h"
#include "storage/errors.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>

namespace rapport::app {

namespace {

core::Campaign requireCampaign(storage::Repository& repository, core::CampaignId id) {
    auto campaign = repository.campaign(id);
    if (!campaign) {
        throw storage::NotFoundError("no campaign with id " + std::to_string(id));
    }
    return *campaign;
}

template <typename Enum> int oneBased(const std::optional<Enum>& value) {
    return value ? static_cast<int>(*value) + 1 : 0;
}

} // namespace

core::CampaignId createCampaign(storage::Repository& repository, core::Campaign campaign) {
    campaign.id = 0;
    campaign.launchedOn.reset();
    if (campaign.seed == 0) {
        campaign.seed = analytics::newCampaignSeed();
    }
    return repository.addCampaign(campaign);
}

std::uint64_t createCampaignSeed() {
    return analytics::newCampaignSeed();
}

int stratumOf(const storage::CampaignCandidateRow& candidate, core::Stratification stratification) {
    switch (stratification) {
    case core::Stratification::None:
        return 0;
    case core::Stratification::FourGroup:
        return candidate.fourGroup ? *candidate.fourGroup + 1 : 0; // 0: no analysis has scored the customer yet
    case core::Stratification::LadderStage:
        return oneBased(candidate.stage);
    case core::Stratification::ChurnStatus:
        return oneBased(candidate.churnStatus);
    }
    return 0;
}

CampaignLaunch launchCampaign(storage::Repository& repository, core::CampaignId id,
                              const storage::CustomerFilter& filter, core::Date launchDay,
                              const std::string& description, const std::string& by) {
    CampaignLaunch launch;
    repository.inOneTransaction([&] {
        auto campaign = requireCampaign(repository, id);
        if (campaign.launchedOn) {
            throw RefusedError("the campaign \"" + campaign.name + "\" was launched on " +
                               campaign.launchedOn->toIso() + "; a campaign is launched once");
        }
        const auto contactedSince = launchDay.addDays(-campaign.excludeContactedDays);
        std::vector<analytics::CampaignCandidate> candidates;
        repository.scanCampaignCandidates(filter, [&](std::span<const storage::CampaignCandidateRow> batch) {
            for (const auto& row : batch) {
                ++launch.selected;
                if (!row.marketingConsent) {
                    ++launch.withoutConsent;
                } else if (campaign.excludeContactedDays > 0 && row.lastContactOn &&
                           *row.lastContactOn >= contactedSince && *row.lastContactOn <= launchDay) {
                    ++launch.recentlyContacted;
                } else {
                    candidates.push_back({row.id, stratumOf(row, campaign.stratification)});
                }
            }
            return true;
        });
        if (candidates.empty()) {
            throw RefusedError("nobody to target: of " + std::to_string(launch.selected) + " customers selected, " +
                               std::to_string(launch.withoutConsent) + " have no marketing consent and " +
                               std::to_string(launch.recentlyContacted) + " were contacted recently");
        }
        const auto members = analytics::drawControlGroup(candidates, campaign.controlPercent, campaign.seed);
        repository.storeCampaignMembers(id, members);
        const std::string notes =
            campaign.offerText.empty() ? campaign.name : campaign.name + "\n" + campaign.offerText;
        for (const auto& member : members) {
            if (member.control) {
                ++launch.control;
                continue;
            }
            ++launch.treated;
            core::Episode offer;
            offer.customerId = member.customerId;
            offer.occurredOn = launchDay;
            offer.channel = campaign.channel;
            offer.kind = core::EpisodeKind::Offer;
            offer.owner = by;
            offer.notes = notes;
            repository.addEpisode(offer);
        }
        campaign.launchedOn = launchDay;
        campaign.targetDescription = description;
        repository.updateCampaign(campaign);
    });
    return launch;
}

CampaignResult measureCampaign(storage::Repository& repository, core::CampaignId id, core::Date today) {
    CampaignResult result;
    result.campaign = requireCampaign(repository, id);
    if (!result.campaign.launchedOn) {
        throw RefusedError("the campaign \"" + result.campaign.name + "\" is a draft: launch it first");
    }
    result.from = result.campaign.launchedOn->addDays(1);
    const auto windowEnd = *result.campaign.windowEnd();
    result.windowOpen = today <= windowEnd; // the last day's purchases may still come in
    result.started = today >= result.from;
    result.to = std::min(windowEnd, today);
    const auto outcomes = repository.campaignOutcomes(id, result.from, result.to);
    result.measurement = analytics::measureCampaign(outcomes, result.campaign.costPerContact);
    return result;
}

std::vector<storage::CampaignContact> campaignContactList(storage::Repository& repository, core::CampaignId id) {
    const auto campaign = requireCampaign(repository, id);
    if (!campaign.launchedOn) {
        throw RefusedError("the campaign \"" + campaign.name + "\" is a draft: launch it first");
    }
    return repository.campaignContacts(id);
}

std::int64_t writeCampaignContacts(storage::Repository& repository, core::CampaignId id, const std::string& path) {
    const auto contacts = campaignContactList(repository, id);
    const std::vector<reports::Column> columns{{"customer_id", reports::CellType::Id},
                                               {"name", reports::CellType::Text},
                                               {"owner", reports::CellType::Text},
                                               {"email", reports::CellType::Text},
                                               {"phone", reports::CellType::Text}};
    const auto write = [&](reports::TableWriter& writer) {
        writer.beginTable("contacts", "contacts", columns);
        for (const auto& c : contacts) {
            writer.addRow({c.customerId, c.displayName, c.owner, c.email, c.phone});
        }
        writer.endTable();
    };
    const std::filesystem::path target(path);
    if (target.extension() == ".xlsx") {
        reports::XlsxWorkbook workbook(path); // written beside the target and renamed by close()
        write(workbook);
        workbook.close();
    } else {
        const std::string partial = path + ".partial";
        {
            std::ofstream out(partial, std::ios::binary | std::ios::trunc);
            if (!out) {
                throw std::runtime_error(reports::writeFailure(path, errno));
            }
            reports::CsvTableWriter csv(out);
            write(csv);
            out.flush();
            if (!out) {
                const int error = errno != 0 ? errno : EIO;
                out.close();
                std::filesystem::remove(partial);
                throw std::runtime_error(reports::writeFailure(path, error));
            }
        }
        std::filesystem::rename(partial, target);
    }
    return static_cast<std::int64_t>(contacts.size());
}

} // namespace rapport::app
