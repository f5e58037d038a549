// rapport-cli campaign create | launch | list | measure [--by] | contacts | report: campaigns and loyalty offers
// measured against a randomised control group, through app::createCampaign, app::launchCampaign,
// app::measureCampaign, app::measureCampaignByDimension and app::campaignReport.
#include "app/campaign_results.h"
#include "app/campaigns.h"
#include "app/edit.h"
#include "cli/analysis_output.h"
#include "cli/edit_support.h"
#include "cli/report_writing.h"
#include "reports/text_table.h"
#include "storage/errors.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

namespace rapport::cli {

namespace {

using reports::TextTable;

struct CampaignInput {
    core::CampaignId id = 0;
    std::string name;
    std::string goal;
    std::string offer = "discount";
    std::string offerText;
    std::string channel = "email";
    int controlPercent = 20;
    std::string stratify = "four_group";
    std::uint64_t seed = 0;
    int windowDays = 30;
    std::string cost = "0";
    int excludeContactedDays = 0;
    std::string on;
    std::string today;
    std::string output;
    std::string by; // measure: a dimension to break the results down by
    // the target list's filter, as the customer list's
    std::string search, segment, owner, tag, stage, churnStatus;
    core::ServiceLevelId level = 0;
    int group = 0;
    bool json = false;
};

core::Date dayOr(const std::string& text) {
    return text.empty() ? core::Date::today() : dateOf(text);
}

/** The filter from the options, and the same in words for the campaign's record. */
std::pair<storage::CustomerFilter, std::string> targetOf(const CampaignInput& in) {
    storage::CustomerFilter filter;
    std::string words;
    const auto note = [&](const std::string& what, const std::string& value) {
        words += (words.empty() ? "" : ", ") + what + " " + value;
    };
    filter.search = in.search;
    if (!in.search.empty()) {
        note("search", "\"" + in.search + "\"");
    }
    if (!in.segment.empty()) {
        filter.segment = in.segment;
        note("segment", in.segment);
    }
    if (!in.owner.empty()) {
        filter.owner = in.owner;
        note("owner", in.owner);
    }
    if (!in.tag.empty()) {
        filter.tag = in.tag;
        note("tag", in.tag);
    }
    if (!in.stage.empty()) {
        filter.stage = codeOf<core::LadderStage>(in.stage);
        note("ladder stage", in.stage);
    }
    if (in.group > 0) {
        filter.fourGroup = in.group;
        note("four-group", std::to_string(in.group));
    }
    if (!in.churnStatus.empty()) {
        filter.churnStatus = codeOf<core::ChurnStatus>(in.churnStatus);
        note("churn status", in.churnStatus);
    }
    if (in.level > 0) {
        filter.serviceLevel = in.level;
        note("service level", "#" + std::to_string(in.level));
    }
    return {filter, words.empty() ? std::string("all customers in use") : words};
}

nlohmann::json estimateJson(const analytics::Estimate& e, double scale = 1.0) {
    return {{"estimate", e.value * scale}, {"low", e.low * scale}, {"high", e.high * scale}};
}

/** A verdict's code for scripts and its words for people, one row per verdict. */
struct VerdictNames {
    analytics::Verdict verdict;
    std::string_view code;
    std::string_view words;
};

constexpr std::array<VerdictNames, 4> kVerdictNames{{
    {analytics::Verdict::TooFewCustomers, "too_few_customers", "too few customers in a group to measure"},
    {analytics::Verdict::NoMeasurableEffect, "no_measurable_effect", "no measurable effect (the interval spans zero)"},
    {analytics::Verdict::Positive, "positive", "a measurable rise"},
    {analytics::Verdict::Negative, "negative", "a measurable fall"},
}};

const VerdictNames& namesOf(analytics::Verdict verdict) {
    return *std::find_if(kVerdictNames.begin(), kVerdictNames.end(),
                         [verdict](const VerdictNames& names) { return names.verdict == verdict; });
}

std::string verdictCode(analytics::Verdict verdict) {
    return std::string(namesOf(verdict).code);
}

std::string verdictWords(analytics::Verdict verdict) {
    return std::string(namesOf(verdict).words);
}

nlohmann::json groupJson(const analytics::GroupOutcome& g) {
    return {{"customers", g.customers},
            {"responders", g.responders},
            {"response_rate", g.responseRate()},
            {"purchases", g.purchases},
            {"revenue", static_cast<double>(g.revenueMinor) / 100.0},
            {"margin", static_cast<double>(g.marginMinor) / 100.0},
            {"revenue_per_customer", g.revenuePerCustomer() / 100.0},
            {"margin_per_customer", g.marginPerCustomer() / 100.0}};
}

nlohmann::json campaignJson(const core::Campaign& c) {
    return {{"id", c.id},
            {"name", c.name},
            {"goal", c.goal},
            {"offer", core::toCode(c.offer)},
            {"offer_text", c.offerText},
            {"channel", core::toCode(c.channel)},
            {"control_percent", c.controlPercent},
            {"stratify", core::toCode(c.stratification)},
            {"seed", c.seed},
            {"window_days", c.responseWindowDays},
            {"cost_per_contact", c.costPerContact.toDouble()},
            {"exclude_contacted_days", c.excludeContactedDays},
            {"target", c.targetDescription},
            {"created_by", c.createdBy},
            {"launched_on", c.launchedOn ? nlohmann::json(c.launchedOn->toIso()) : nlohmann::json(nullptr)}};
}

/** The groups, the lifts with their intervals and the verdicts: the measurement of a campaign or of a part of it. */
nlohmann::json measurementJson(const analytics::CampaignMeasurement& m) {
    return {
        {"confidence", m.confidence},
        {"treated", groupJson(m.treated)},
        {"control", groupJson(m.control)},
        {"response_lift", estimateJson(m.responseLift)},
        {"revenue_lift_per_customer", estimateJson(m.revenueLift, 0.01)},
        {"margin_lift_per_customer", estimateJson(m.marginLift, 0.01)},
        {"incremental_revenue", estimateJson(m.incrementalRevenue, 0.01)},
        {"incremental_margin", estimateJson(m.incrementalMargin, 0.01)},
        {"cost", static_cast<double>(m.costMinor) / 100.0},
        {"net_margin", estimateJson(m.netMargin, 0.01)},
        {"verdict",
         {{"response", verdictCode(m.response)}, {"revenue", verdictCode(m.revenue)}, {"pays", verdictCode(m.pays)}}}};
}

nlohmann::json resultJson(const app::CampaignResult& r) {
    auto json = measurementJson(r.measurement);
    json["from"] = r.from.toIso();
    json["to"] = r.to.toIso();
    json["window_open"] = r.windowOpen;
    json["window_started"] = r.started;
    return json;
}

nlohmann::json partsJson(const analytics::CampaignBreakdown& parts) {
    auto rows = nlohmann::json::array();
    for (const auto& row : parts.rows) {
        auto json = measurementJson(row.measurement);
        json["value"] = row.value;
        rows.push_back(std::move(json));
    }
    return {{"dimension", std::string(analytics::dimensionCode(parts.dimension))}, {"rows", rows}};
}

/** A share difference in percentage points ("+3.2 pp"), money as an amount. */
std::string interval(const analytics::Estimate& e, double scale, bool asPoints) {
    const auto show = [&](double v) {
        if (!asPoints) {
            return money(v * scale);
        }
        char text[32];
        std::snprintf(text, sizeof text, "%+.1f pp", v * 100.0);
        return std::string(text);
    };
    return show(e.value) + " (" + show(e.low) + " to " + show(e.high) + ")";
}

void printResult(std::ostream& out, const app::CampaignResult& r) {
    const auto& m = r.measurement;
    if (!r.started) {
        out << "Campaign #" << r.campaign.id << " \"" << r.campaign.name << "\": the response window opens on "
            << r.from.toIso() << "; nothing to measure yet.\n";
        return;
    }
    out << "Campaign #" << r.campaign.id << " \"" << r.campaign.name << "\": purchases from " << r.from.toIso()
        << " to " << r.to.toIso() << (r.windowOpen ? " (the response window is still open)" : "") << "\n\n";
    using Align = TextTable::Align;
    TextTable groups({{"group"},
                      {"customers", Align::Right},
                      {"responded", Align::Right},
                      {"response rate", Align::Right},
                      {"revenue/customer", Align::Right},
                      {"margin/customer", Align::Right}});
    for (const auto& [name, g] : {std::pair{"treated", &m.treated}, std::pair{"control", &m.control}}) {
        groups.addRow({name, std::to_string(g->customers), std::to_string(g->responders), percent(g->responseRate()),
                       money(g->revenuePerCustomer() / 100.0), money(g->marginPerCustomer() / 100.0)});
    }
    groups.print(out);
    out << "\nWith " << percent(m.confidence) << " confidence:\n"
        << "  response lift:              " << interval(m.responseLift, 1, true) << '\n'
        << "  revenue lift per customer:  " << interval(m.revenueLift, 0.01, false) << '\n'
        << "  incremental revenue:        " << interval(m.incrementalRevenue, 0.01, false) << '\n'
        << "  incremental margin:         " << interval(m.incrementalMargin, 0.01, false) << '\n'
        << "  cost of the contacts:       " << money(static_cast<double>(m.costMinor) / 100.0) << '\n'
        << "  margin after the cost:      " << interval(m.netMargin, 0.01, false) << "\n\n"
        << "Response: " << verdictWords(m.response) << ". Revenue: " << verdictWords(m.revenue)
        << ". After its cost: " << verdictWords(m.pays) << ".\n";
}

void printParts(std::ostream& out, const analytics::CampaignBreakdown& parts) {
    const std::string dimension(analytics::dimensionCode(parts.dimension));
    out << "\nBy " << dimension
        << " (each value's members measured on their own; with many values about one interval in twenty misses by "
           "chance):\n\n";
    using Align = TextTable::Align;
    TextTable table({{dimension},
                     {"treated", Align::Right},
                     {"control", Align::Right},
                     {"treated rate", Align::Right},
                     {"control rate", Align::Right},
                     {"response lift (95 % interval)", Align::Left, 60},
                     {"verdict", Align::Left, 60}});
    for (const auto& row : parts.rows) {
        const auto& m = row.measurement;
        const bool measured = m.response != analytics::Verdict::TooFewCustomers;
        table.addRow({row.value.empty() ? "(none)" : row.value, std::to_string(m.treated.customers),
                      std::to_string(m.control.customers), percent(m.treated.responseRate()),
                      percent(m.control.responseRate()), measured ? interval(m.responseLift, 1, true) : "-",
                      verdictWords(m.response)});
    }
    table.print(out);
}

void addFilterOptions(CLI::App* command, CampaignInput& in) {
    command->add_option("--search", in.search, "Target: words matching names, e-mails, phones, tags");
    command->add_option("--segment", in.segment, "Target: customers of this segment");
    command->add_option("--owner", in.owner, "Target: customers of this sales manager");
    command->add_option("--tag", in.tag, "Target: customers with this tag");
    command->add_option("--stage", in.stage, "Target: customers at this ladder stage (as the last analysis scored)")
        ->check(codeValidator<core::LadderStage>("a ladder stage"));
    command->add_option("--group", in.group, "Target: customers of this four-group, 1-4 (as the last analysis scored)")
        ->check(CLI::Range(1, 4));
    command->add_option("--churn-status", in.churnStatus, "Target: customers with this churn status")
        ->check(codeValidator<core::ChurnStatus>("a churn status"));
    command->add_option("--level", in.level, "Target: customers of this service level (its id, see levels list)")
        ->check(CLI::PositiveNumber);
}

void addCreateCommand(CLI::App& campaign, CliContext& context) {
    auto in = std::make_shared<CampaignInput>();
    auto* create = campaign.add_subcommand("create", "Define a campaign (a draft until launched); prints its id");
    create->add_option("NAME", in->name, "What the campaign is called")->required();
    create->add_option("--goal", in->goal, "What it is for, in words");
    create->add_option("--offer", in->offer, "What it offers: " + core::allCodes<core::OfferKind>())
        ->check(codeValidator<core::OfferKind>("an offer kind"))
        ->capture_default_str();
    create->add_option("--offer-text", in->offerText, "The offer in words (the mail merge's text)");
    create->add_option("--channel", in->channel, "How it reaches the customers")
        ->check(codeValidator<core::Channel>("a channel"))
        ->capture_default_str();
    create->add_option("--control-percent", in->controlPercent, "Percent of the target list held back as control")
        ->check(CLI::Range(core::kMinControlPercent, core::kMaxControlPercent))
        ->capture_default_str();
    create
        ->add_option("--stratify", in->stratify,
                     "Draw the control group within each: " + core::allCodes<core::Stratification>())
        ->check(codeValidator<core::Stratification>("a stratification"))
        ->capture_default_str();
    create->add_option("--seed", in->seed, "The random draw's seed (default: a new one, recorded)");
    create->add_option("--window-days", in->windowDays, "Purchases this many days after the launch count")
        ->check(CLI::Range(1, core::kMaxResponseWindowDays))
        ->capture_default_str();
    create->add_option("--cost-per-contact", in->cost, "What one contact costs")->check(amountValidator());
    create
        ->add_option("--exclude-contacted-days", in->excludeContactedDays,
                     "Leave out customers with an episode in this many days before the launch")
        ->check(CLI::Range(0, core::kMaxResponseWindowDays));
    create->add_flag("--json", in->json, "Print the stored campaign as JSON instead of the id");
    create->callback([&context, in] {
        auto repository = context.open(Access::Write);
        core::Campaign c;
        c.name = in->name;
        c.goal = in->goal;
        c.offer = codeOf<core::OfferKind>(in->offer);
        c.offerText = in->offerText;
        c.channel = codeOf<core::Channel>(in->channel);
        c.controlPercent = in->controlPercent;
        c.stratification = codeOf<core::Stratification>(in->stratify);
        c.seed = in->seed;
        c.responseWindowDays = in->windowDays;
        c.costPerContact = amountOf(in->cost);
        c.excludeContactedDays = in->excludeContactedDays;
        if (const auto session = repository->teamSession()) {
            c.createdBy = session->login;
        }
        const auto id = app::createCampaign(*repository, c);
        const auto stored = *repository->campaign(id);
        *context.err << "Created campaign #" << id << " \"" << stored.name << "\" (a draft; control group "
                     << stored.controlPercent << " %, seed " << stored.seed << ").\n";
        if (in->json) {
            *context.out << campaignJson(stored).dump(2) << '\n';
        } else {
            *context.out << id << '\n';
        }
    });
}

void addLaunchCommand(CLI::App& campaign, CliContext& context) {
    auto in = std::make_shared<CampaignInput>();
    auto* launch = campaign.add_subcommand(
        "launch", "Launch a draft at a target list: customers with marketing consent, a control group held back, an "
                  "offer episode logged for each treated customer");
    launch->add_option("ID", in->id, "Campaign id (see campaign list)")->required()->check(CLI::PositiveNumber);
    launch->add_option("--on", in->on, "The launch day, YYYY-MM-DD (default today)")->check(dateValidator());
    addFilterOptions(launch, *in);
    launch->add_option("--contacts", in->output, "Also write the contact list here (.csv or .xlsx)");
    launch->add_flag("--json", in->json, "Print the launch's figures as JSON");
    launch->callback([&context, in] {
        auto repository = context.open(Access::Write);
        const auto [filter, words] = targetOf(*in);
        std::string by;
        if (const auto session = repository->teamSession()) {
            by = session->ownerName;
        }
        app::CampaignLaunch result;
        try {
            result = app::launchCampaign(*repository, in->id, filter, dayOr(in->on), words, by);
        } catch (const app::RefusedError& e) {
            refuse(context, e.what(), kProblemFound);
            return;
        } catch (const storage::NotFoundError& e) {
            refuse(context, e.what(), kProblemFound);
            return;
        }
        *context.err << "Launched campaign #" << in->id << " at " << words << ": " << result.selected << " selected, "
                     << result.withoutConsent << " without marketing consent, " << result.recentlyContacted
                     << " contacted recently; " << result.treated << " treated, " << result.control
                     << " held back as the control group.\n";
        if (!in->output.empty()) {
            const auto rows = app::writeCampaignContacts(*repository, in->id, in->output);
            *context.err << "Wrote " << rows << " contacts to " << in->output << ".\n";
        }
        if (in->json) {
            *context.out << nlohmann::json{{"id", in->id},
                                           {"selected", result.selected},
                                           {"without_consent", result.withoutConsent},
                                           {"recently_contacted", result.recentlyContacted},
                                           {"treated", result.treated},
                                           {"control", result.control}}
                                .dump(2)
                         << '\n';
        }
    });
}

void addMeasureCommand(CLI::App& campaign, CliContext& context) {
    auto in = std::make_shared<CampaignInput>();
    auto* measure = campaign.add_subcommand(
        "measure", "Compare what the treated and the control group bought in the response window, with 95 % intervals");
    measure->add_option("ID", in->id, "Campaign id")->required()->check(CLI::PositiveNumber);
    measure->add_option("--today", in->today, "Measure as on this day, YYYY-MM-DD (default today)")
        ->check(dateValidator());
    measure
        ->add_option("--by", in->by,
                     "Also measure the members of each segment, region, owner, acquisition channel or service level on "
                     "their own")
        ->check(CLI::IsMember({"segment", "region", "owner", "channel", "level"}));
    measure->add_flag("--json", in->json, "Print JSON for scripts");
    measure->callback([&context, in] {
        auto repository = context.open(Access::Read);
        app::CampaignResult result;
        std::optional<analytics::CampaignBreakdown> parts;
        try {
            if (in->by.empty()) {
                result = app::measureCampaign(*repository, in->id, dayOr(in->today));
            } else {
                auto measured = app::measureCampaignByDimension(*repository, in->id, *analytics::parseDimension(in->by),
                                                                dayOr(in->today));
                result = std::move(measured.whole);
                parts = std::move(measured.parts);
            }
        } catch (const app::RefusedError& e) {
            refuse(context, e.what(), kProblemFound);
            return;
        } catch (const storage::NotFoundError& e) {
            refuse(context, e.what(), kProblemFound);
            return;
        }
        if (in->json) {
            auto json = campaignJson(result.campaign);
            json["measurement"] = resultJson(result);
            if (parts) {
                json["by"] = partsJson(*parts);
            }
            *context.out << json.dump(2) << '\n';
        } else {
            printResult(*context.out, result);
            if (parts && result.started) {
                printParts(*context.out, *parts);
            }
        }
    });
}

void addCampaignReportCommand(CLI::App& campaign, CliContext& context) {
    struct ReportInput {
        core::CampaignId id = 0;
        std::string today;
        ReportOutput output;
    };
    auto in = std::make_shared<ReportInput>();
    auto* report = campaign.add_subcommand(
        "report", "Write a campaign's report: its definition, the groups, the lifts with their 95 % intervals and the "
                  "verdicts, as PDF, HTML, XLSX or CSV");
    report->add_option("ID", in->id, "Campaign id")->required()->check(CLI::PositiveNumber);
    report->add_option("--format", in->output.format, "pdf, html, xlsx or csv (default: from the file name)")
        ->check(CLI::IsMember({"pdf", "html", "xlsx", "csv"}));
    report->add_option("-o,--output", in->output.output, "The file to write")->required();
    report->add_option("--today", in->today, "Measure as on this day, YYYY-MM-DD (default today)")
        ->check(dateValidator());
    report
        ->add_option("--language", in->output.language,
                     "The report's language: " + languageList() + " (default: the locale's)")
        ->check(reportLanguageValidator());
    report->add_flag("--force", in->output.force, "Replace the file when it exists");
    report->callback([&context, in] {
        const auto format = checkReportOutput(context, in->output);
        if (!format) {
            return;
        }
        auto repository = context.open(Access::Read);
        app::CampaignResult result;
        try {
            result = app::measureCampaign(*repository, in->id, dayOr(in->today));
        } catch (const app::RefusedError& e) {
            refuse(context, e.what(), kProblemFound);
            return;
        } catch (const storage::NotFoundError& e) {
            refuse(context, e.what(), kProblemFound);
            return;
        }
        const auto written =
            writeReport(context, in->output, *format, *repository, [&](reports::ReportContext& reportContext) {
                return app::campaignReport(result, reportContext);
            });
        if (written) {
            *context.err << written->title << " written:\n";
            for (const auto& file : written->files) {
                *context.err << "  " << file << '\n';
            }
        }
    });
}

void addCampaignListCommand(CLI::App& campaign, CliContext& context) {
    auto in = std::make_shared<CampaignInput>();
    auto* list = campaign.add_subcommand("list", "Every campaign with its groups' sizes and its measured lift");
    list->add_option("--today", in->today, "Measure as on this day, YYYY-MM-DD (default today)")
        ->check(dateValidator());
    list->add_flag("--json", in->json, "Print JSON for scripts");
    list->callback([&context, in] {
        auto repository = context.open(Access::Read);
        const auto today = dayOr(in->today);
        auto json = nlohmann::json::array();
        using Align = TextTable::Align;
        TextTable table({{"id", Align::Right},
                         {"name"},
                         {"offer"},
                         {"launched"},
                         {"treated", Align::Right},
                         {"control", Align::Right},
                         {"response lift (95 % interval)", Align::Left, 60},
                         {"verdict", Align::Left, 60}});
        for (const auto& summary : repository->campaigns()) {
            auto row = campaignJson(summary.campaign);
            row["treated"] = summary.treated;
            row["control"] = summary.control;
            std::string lift = "-";
            std::string verdict = "draft";
            if (summary.campaign.launchedOn) {
                const auto result = app::measureCampaign(*repository, summary.campaign.id, today);
                row["measurement"] = resultJson(result);
                if (result.started) {
                    lift = interval(result.measurement.responseLift, 1, true);
                    verdict = verdictWords(result.measurement.response);
                } else {
                    verdict = "the window opens on " + result.from.toIso();
                }
            } else {
                row["measurement"] = nullptr;
            }
            json.push_back(std::move(row));
            table.addRow({std::to_string(summary.campaign.id), summary.campaign.name,
                          std::string(core::toCode(summary.campaign.offer)),
                          summary.campaign.launchedOn ? summary.campaign.launchedOn->toIso() : "-",
                          std::to_string(summary.treated), std::to_string(summary.control), lift, verdict});
        }
        if (in->json) {
            *context.out << nlohmann::json{{"campaigns", json}}.dump(2) << '\n';
        } else if (json.empty()) {
            *context.err << "No campaigns yet (campaign create NAME makes one).\n";
        } else {
            table.print(*context.out);
        }
    });
}

void addContactsCommand(CLI::App& campaign, CliContext& context) {
    auto in = std::make_shared<CampaignInput>();
    auto* contacts = campaign.add_subcommand(
        "contacts", "Write a launched campaign's contact list (treated customers still consenting to marketing)");
    contacts->add_option("ID", in->id, "Campaign id")->required()->check(CLI::PositiveNumber);
    contacts->add_option("--output", in->output, "The file to write, .csv or .xlsx")->required();
    contacts->callback([&context, in] {
        auto repository = context.open(Access::Read);
        try {
            const auto rows = app::writeCampaignContacts(*repository, in->id, in->output);
            *context.err << "Wrote " << rows << " contacts to " << in->output << ".\n";
        } catch (const app::RefusedError& e) {
            refuse(context, e.what(), kProblemFound);
        } catch (const storage::NotFoundError& e) {
            refuse(context, e.what(), kProblemFound);
        }
    });
}

} // namespace

void addCampaignCommand(CLI::App& app, CliContext& context) {
    auto* campaign =
        app.add_subcommand("campaign", "Campaigns and loyalty offers measured against a randomised control group");
    campaign->require_subcommand(1);
    addCreateCommand(*campaign, context);
    addLaunchCommand(*campaign, context);
    addMeasureCommand(*campaign, context);
    addCampaignReportCommand(*campaign, context);
    addCampaignListCommand(*campaign, context);
    addContactsCommand(*campaign, context);
}

} // namespace rapport::cli
