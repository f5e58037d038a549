#include "analytics/churn_report.h"
#include "analytics/fit_assessment.h"
#include "analytics/lifetime_value.h"
#include "analytics/purchase_sources.h"
#include "cli/analysis_output.h"
#include "cli/cli_context.h"
#include "cli/file_reading_options.h"
#include "cli/output_values.h"
#include "core/csv.h"
#include "io/sales_file.h"
#include "reports/text_table.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <fstream>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <exception>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <numeric>
#include <ostream>
#include <spdlog/spdlog.h>
#include <thread>

namespace rapport::cli {

using reports::TextTable;

namespace {

struct LtvArguments {
    std::string transactions;
    FileReadingArguments reading;
    std::string model = "bgnbd";
    std::string unit = "week";
    std::string until;
    int horizonMonths = 12;
    double discount = 0.01;
    std::string out;
    bool json = false;
};

nlohmann::json fitJson(std::span<const std::string_view> names, std::span<const double> values,
                       std::span<const double> errors, const analytics::FitQuality& quality, bool weak) {
    nlohmann::json parameters = nlohmann::json::object();
    nlohmann::json standardErrors = nlohmann::json::object();
    for (std::size_t i = 0; i < names.size(); ++i) {
        parameters[std::string(names[i])] = values[i];
        standardErrors[std::string(names[i])] = std::isfinite(errors[i]) ? nlohmann::json(errors[i]) : nullptr;
    }
    return {{"parameters", parameters},
            {"standard_errors", standardErrors},
            {"log_likelihood", quality.logLikelihood},
            {"converged", quality.converged},
            {"weak", weak},
            {"gradient_norm", quality.gradientNorm},
            {"evaluations", quality.evaluations},
            {"message", quality.message}};
}

void printFit(std::ostream& out, const std::string& title, std::span<const std::string_view> names,
              std::span<const double> values, std::span<const double> errors, const analytics::FitQuality& quality,
              bool weak) {
    out << title << '\n';
    for (std::size_t i = 0; i < names.size(); ++i) {
        out << "  " << std::left << std::setw(6) << names[i] << std::right << std::setw(12)
            << fixedDecimals(values[i], 4) << "  ± "
            << (std::isfinite(errors[i]) ? fixedDecimals(errors[i], 4) : std::string("n/a")) << '\n';
    }
    out << "  log-likelihood " << fixedDecimals(quality.logLikelihood, 3) << ", "
        << (!quality.converged ? "NOT converged" : (weak ? "converged but WEAK (see below)" : "converged"))
        << " (gradient norm " << std::scientific << std::setprecision(2) << quality.gradientNorm << std::defaultfloat
        << ", " << quality.evaluations << " evaluations)\n";
}

/**
 * How a customer is named in the output, the same way whichever the source: the id in the system the purchases
 * came from (the file's customer column, or the external reference a customer was imported with), with
 * Rapport's customer number beside it when the purchases came from a database.
 */
class CustomerNames {
public:
    /** A file's customers, named by the file: no lookup per row. */
    explicit CustomerNames(const analytics::SummaryBuilder& builder)
        : m_builder(builder) {}

    /** A database's customers: each named by its external reference, or by its number where it has none. */
    CustomerNames(const analytics::SummaryBuilder& builder, storage::Repository& repository)
        : m_builder(builder)
        , m_fromDatabase(true) {
        repository.scanCustomerFacts(
            [&](std::span<const storage::CustomerFact> batch) {
                for (const auto& fact : batch) {
                    if (!fact.externalRef.empty()) {
                        m_referenceOfId.emplace_back(fact.id, fact.externalRef);
                    }
                }
                return true;
            },
            storage::ArchiveFilter::All);
        std::sort(m_referenceOfId.begin(), m_referenceOfId.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
    }

    // The names refer to the builder: never to a temporary one.
    explicit CustomerNames(analytics::SummaryBuilder&&) = delete;
    CustomerNames(analytics::SummaryBuilder&&, storage::Repository&) = delete;

    [[nodiscard]] bool fromDatabase() const { return m_fromDatabase; }
    [[nodiscard]] core::CustomerId id(const analytics::CustomerSummary& s) const { return m_builder.id(s); }

    /** The external reference of a database's customer, or null where it has none. */
    [[nodiscard]] const std::string* reference(const analytics::CustomerSummary& s) const {
        const auto id = m_builder.id(s);
        const auto found =
            std::lower_bound(m_referenceOfId.begin(), m_referenceOfId.end(), id,
                             [](const auto& entry, core::CustomerId value) { return entry.first < value; });
        return found != m_referenceOfId.end() && found->first == id ? &found->second : nullptr;
    }

    /** The customer column's text: the file's key, or the external reference, or Rapport's number. */
    void append(std::string& buffer, const analytics::CustomerSummary& s) const {
        if (!m_fromDatabase) {
            core::appendCsvText(buffer, m_builder.key(s));
        } else if (const auto* ref = reference(s)) {
            core::appendCsvText(buffer, *ref);
        } else {
            appendNumber(buffer, m_builder.id(s));
        }
    }

    static void appendNumber(std::string& buffer, core::CustomerId id) {
        char digits[24];
        const auto written = std::to_chars(digits, digits + sizeof digits, id);
        buffer.append(digits, written.ptr);
    }

private:
    const analytics::SummaryBuilder& m_builder;
    bool m_fromDatabase = false;
    std::vector<std::pair<core::CustomerId, std::string>> m_referenceOfId; // by id
};

/** One row of the values file appended to `buffer`: to_chars into the buffer, no string per field. */
void appendValueRow(std::string& buffer, const analytics::CustomerSummary& s, const analytics::PredictedValue& v,
                    const CustomerNames& names, const std::string& currency) {
    names.append(buffer, s);
    buffer += ',';
    if (names.fromDatabase()) {
        CustomerNames::appendNumber(buffer, names.id(s));
    }
    for (const double number :
         {s.frequency, s.recency, s.T, s.monetary, v.probabilityAlive, v.expectedPurchases, v.expectedSpend, v.clv}) {
        buffer += ',';
        core::appendCsvNumber(buffer, number);
    }
    buffer += ',';
    buffer += currency;
    buffer += '\n';
}

/**
 * The values file: plain numbers, and the database's currency in a column of its own (empty for a transactions
 * file, whose currency Rapport does not know), as every export writes it. Rows are formatted block by block on
 * every core, each thread a contiguous part of the block into a buffer of its own, and written in order, so the
 * file is the same whatever the number of threads and only one block's text is held at a time.
 */
void writeValues(const std::string& path, const std::vector<analytics::CustomerSummary>& summaries,
                 const std::vector<analytics::PredictedValue>& values, const CustomerNames& names,
                 const std::string& currency) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file) {
        throw std::runtime_error(path + ": cannot write the file");
    }
    const std::string header =
        "customer,rapport_id,frequency,recency,T,monetary,p_alive,expected_purchases,expected_spend,clv,currency\n";
    file.write(header.data(), static_cast<std::streamsize>(header.size()));
    constexpr std::size_t kRowsPerPart = 32 * 1024; // about 4 MB of text per thread and block
    const std::size_t threads =
        std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, summaries.size() / kRowsPerPart + 1);
    std::vector<std::string> parts(threads);
    // A worker's failure (memory) is carried back and thrown here, never out of its thread (std::terminate).
    std::vector<std::exception_ptr> failures(threads);
    const auto format = [&](std::size_t part, std::size_t begin, std::size_t end) {
        try {
            parts[part].clear();
            for (std::size_t i = begin; i < end; ++i) {
                appendValueRow(parts[part], summaries[i], values[i], names, currency);
            }
        } catch (...) {
            failures[part] = std::current_exception();
        }
    };
    for (std::size_t block = 0; block < summaries.size(); block += threads * kRowsPerPart) {
        {
            std::vector<std::jthread> workers; // joined at the end of this scope, also when one fails to start
            for (std::size_t t = 1; t < threads; ++t) {
                const auto begin = std::min(summaries.size(), block + t * kRowsPerPart);
                workers.emplace_back(format, t, begin, std::min(summaries.size(), begin + kRowsPerPart));
            }
            format(0, block, std::min(summaries.size(), block + kRowsPerPart));
        }
        for (const auto& failure : failures) {
            if (failure) {
                std::rethrow_exception(failure);
            }
        }
        for (const auto& part : parts) {
            file.write(part.data(), static_cast<std::streamsize>(part.size()));
        }
    }
    if (!file.flush()) {
        throw std::runtime_error(path + ": writing failed (disk full?)");
    }
}

nlohmann::json fileJson(const io::SalesFileReport& read) {
    return {{"rows", read.rows},
            {"sales", read.sales},
            {"invoice_lines_grouped", read.groupedLines},
            {"cancellations", read.cancellations},
            {"cancellations_linked", read.linkedCancellations},
            {"amounts_rounded", read.roundedAmounts},
            {"anonymous_rows", read.anonymousRows},
            {"date_order", read.layout.dateOrder ? nlohmann::json(core::toCode(*read.layout.dateOrder)) : nullptr},
            {"date_deciding_rows", read.layout.dateDecidingRows}};
}

/** What the file held beyond purchases, so a prediction says what it left out. */
void printFileRead(std::ostream& out, const io::SalesFileReport& read) {
    out << "File rows:         " << read.rows;
    if (read.groupedLines > 0) {
        out << " (" << read.groupedLines << " invoice lines added up per invoice)";
    }
    out << '\n';
    if (read.cancellations > 0) {
        out << "Cancellations:     " << read.cancellations << " (" << read.linkedCancellations
            << " linked to the purchase they cancel, which then is no purchase day)\n";
    }
    if (read.anonymousRows > 0) {
        out << "Anonymous rows:    " << read.anonymousRows
            << " without a real customer (empty or placeholder id): not in any customer's value\n";
    }
    if (read.roundedAmounts > 0) {
        out << "Rounded amounts:   " << read.roundedAmounts << " (half to even, to 0.01)\n";
    }
}

/** Logs how long each phase took (shown with --verbose), so a slow run says where its time went. */
class PhaseLog {
public:
    void done(const char* phase) {
        const auto now = std::chrono::steady_clock::now();
        spdlog::info("ltv: {} took {:.3f} s", phase, std::chrono::duration<double>(now - m_start).count());
        m_start = now;
    }

private:
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

void run(CliContext& context, const LtvArguments& arguments) {
#if defined(__GLIBC__)
    // glibc raises its mmap threshold (up to 32 MB) once a large block is freed, so the later vectors of a
    // million customers would come from the heap and stay resident after they are freed: a peak of 225 MB
    // instead of 187 MB on the ltv benchmark. Large blocks stay mapped and go back when freed.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
    PhaseLog phases;
    analytics::SummaryOptions options;
    options.unit = *analytics::parseTimeUnit(arguments.unit);
    if (!arguments.until.empty()) {
        options.until = core::Date::parseIso(arguments.until);
    }
    analytics::SummaryBuilder builder(options);
    std::unique_ptr<storage::Repository> repository;
    std::optional<io::SalesFileReport> fileRead;
    std::string source;
    if (!arguments.transactions.empty()) {
        io::ImportOptions readOptions;
        readOptions.kind = io::ImportKind::Transactions;
        io::SalesFileReport read;
        try {
            arguments.reading.applyTo(readOptions);
            read = io::readSalesFile(arguments.transactions, readOptions, [&](const io::Sale& sale) {
                // A cancellation linked to the purchase it cancels is netted into that purchase's day.
                builder.add(sale.customer, sale.cancelsHandle ? sale.cancelsDate : sale.date, sale.revenue.minor());
            });
        } catch (const std::exception& error) {
            *context.err << "error: " << error.what() << '\n';
            context.exitCode = kFailure;
            return;
        }
        if (read.rejected > 0) {
            // A prediction from part of the file would look complete: refuse, naming the rows, as import does.
            *context.err << "error: " << read.rejected << " of " << read.rows << " rows of " << arguments.transactions
                         << " cannot be read; nothing was predicted:\n";
            for (std::size_t i = 0; i < read.problems.size() && i < 10; ++i) {
                *context.err << "  " << read.problems[i].describe() << '\n';
            }
            context.exitCode = kFailure;
            return;
        }
        fileRead = read;
        source = arguments.transactions;
    } else {
        repository = context.open(Access::Read);
        analytics::addRepositoryPurchases(*repository, builder);
        source = repository->location();
    }
    const auto names = repository ? CustomerNames(builder, *repository) : CustomerNames(builder);
    const auto currency = repository ? repository->currency() : std::nullopt;
    const std::string currencyCode = currency ? currency->code() : std::string();
    phases.done("reading purchases");
    const std::size_t lines = builder.lines();
    const auto summaries = builder.finish();
    phases.done("summaries");

    analytics::LifetimeValueOptions ltvOptions;
    ltvOptions.model = *analytics::parsePurchaseModel(arguments.model);
    ltvOptions.unit = options.unit;
    ltvOptions.horizonMonths = arguments.horizonMonths;
    ltvOptions.monthlyDiscount = arguments.discount;
    const auto result = analytics::predictLifetimeValues(summaries, ltvOptions);
    phases.done("fits and predictions");
    spdlog::info("ltv: purchase model fit {:.3f} s, spend model fit {:.3f} s (beside it), predictions {:.3f} s",
                 result.purchaseFitSeconds, result.spendFitSeconds, result.predictionSeconds);

    const auto repeatBuyers = std::count_if(summaries.begin(), summaries.end(),
                                            [](const analytics::CustomerSummary& s) { return s.frequency > 0; });
    const double totalClv = std::accumulate(result.values.begin(), result.values.end(), 0.0,
                                            [](double sum, const analytics::PredictedValue& v) { return sum + v.clv; });
    const auto purchaseNames = analytics::parameterNames(ltvOptions.model);
    const std::array<std::string_view, 3> spendNames{"p", "q", "gamma"};
    const auto& spend = result.spend;
    // The default churn rule's threshold: whether P(alive) could mark anybody at risk in `analyze` and `churn`.
    const auto assessment = analytics::assessFits(result, analytics::ChurnRules{}.atRiskProbabilityAlive);
    const std::array<double, 3> spendValues{spend.parameters.p, spend.parameters.q, spend.parameters.gamma};
    const std::array<double, 3> spendErrors{spend.standardErrors.p, spend.standardErrors.q, spend.standardErrors.gamma};

    if (!arguments.out.empty() && result.problem.empty()) {
        writeValues(arguments.out, summaries, result.values, names, currencyCode);
        phases.done("writing the values file");
    }
    if (arguments.json) {
        nlohmann::json report{
            {"source", source},
            {"model", analytics::toString(ltvOptions.model)},
            {"unit", analytics::toString(options.unit)},
            {"observation_end", builder.observationEnd().toIso()},
            {"horizon_months", ltvOptions.horizonMonths},
            {"monthly_discount", ltvOptions.monthlyDiscount},
            {"currency", currencyCode.empty() ? nlohmann::json(nullptr) : nlohmann::json(currencyCode)},
            {"lines", lines},
            {"file", fileRead ? fileJson(*fileRead) : nlohmann::json(nullptr)},
            {"customers", summaries.size()},
            {"repeat_buyers", repeatBuyers},
            {"patterns", result.purchases.patterns},
            {"purchases", fitJson(purchaseNames, result.purchases.parameters, result.purchases.standardErrors,
                                  result.purchases.quality, assessment.purchaseModelWeak)},
            {"spend", fitJson(spendNames, spendValues, spendErrors, spend.quality, assessment.spendModelWeak)},
            {"weak", assessment.weak()},
            {"warnings", fitWarningsJson(assessment)},
            {"spend_customers", spend.customers},
            {"problem", result.problem.empty() ? nlohmann::json(nullptr) : nlohmann::json(result.problem)},
            {"spend_from_observed_means", result.spendFromObservedMeans}};
        if (result.problem.empty()) {
            report["total_clv"] = totalClv;
            report["out"] = arguments.out.empty() ? nlohmann::json(nullptr) : nlohmann::json(arguments.out);
        }
        *context.out << report.dump(2) << '\n';
    } else {
        auto& out = *context.out;
        out << "Source:            " << source << '\n'
            << "Observation end:   " << builder.observationEnd().toIso() << " (unit: " << arguments.unit << ")\n"
            << "Sales read:        " << lines << '\n';
        if (fileRead) {
            printFileRead(out, *fileRead);
        }
        out << "Customers:         " << summaries.size() << " (" << repeatBuyers << " bought again)\n"
            << "Distinct patterns: " << result.purchases.patterns << "\n\n";
        printFit(out,
                 std::string(ltvOptions.model == analytics::PurchaseModel::BgNbd ? "BG/NBD" : "Pareto/NBD") +
                     " (purchases and P(alive)):",
                 purchaseNames, result.purchases.parameters, result.purchases.standardErrors, result.purchases.quality,
                 assessment.purchaseModelWeak);
        printFit(out,
                 "Gamma-Gamma (spend per purchase, " + std::to_string(spend.customers) + " repeat buyers):", spendNames,
                 spendValues, spendErrors, spend.quality, assessment.spendModelWeak);
        if (result.problem.empty()) {
            printFitWarnings(out, assessment);
        }
        if (result.problem.empty()) {
            out << "\nPredicted value over " << ltvOptions.horizonMonths << " months at "
                << fixedDecimals(100 * ltvOptions.monthlyDiscount, 2) << " % a month: " << fixedDecimals(totalClv, 2)
                << " in total\n";
            std::vector<std::size_t> order(summaries.size());
            std::iota(order.begin(), order.end(), 0);
            const auto top = std::min<std::size_t>(10, order.size());
            std::partial_sort(
                order.begin(), order.begin() + static_cast<std::ptrdiff_t>(top), order.end(),
                [&](std::size_t a, std::size_t b) { return result.values[a].clv > result.values[b].clv; });
            TextTable table({{"Customer"},
                             {"x", TextTable::Align::Right},
                             {"P(alive)", TextTable::Align::Right},
                             {"Purchases", TextTable::Align::Right},
                             {"Spend", TextTable::Align::Right},
                             {"CLV", TextTable::Align::Right}});
            for (std::size_t k = 0; k < top; ++k) {
                const auto& s = summaries[order[k]];
                const auto& v = result.values[order[k]];
                std::string name;
                if (!repository) {
                    name = builder.key(s);
                } else {
                    const auto id = std::to_string(names.id(s));
                    const auto* ref = names.reference(s);
                    name = ref ? *ref : id;
                    if (const auto row = repository->customerRow(names.id(s))) {
                        name += " " + row->displayName + (name == id ? "" : " (#" + id + ")");
                    }
                }
                table.addRow({name, fixedDecimals(s.frequency, 0), fixedDecimals(v.probabilityAlive, 3),
                              fixedDecimals(v.expectedPurchases, 2), fixedDecimals(v.expectedSpend, 2),
                              fixedDecimals(v.clv, 2)});
            }
            out << "Highest predicted value:\n";
            table.print(out);
            if (!arguments.out.empty()) {
                out << "One row per customer written to " << arguments.out << '\n';
            }
        }
    }
    if (!result.problem.empty()) {
        *context.err << "error: no prediction: " << result.problem << '\n';
        context.exitCode = kProblemFound;
    }
}

} // namespace

void addLtvCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<LtvArguments>();
    auto* command = app.add_subcommand(
        "ltv", "Predict each customer's lifetime value: BG/NBD or Pareto/NBD for purchases, Gamma-Gamma for spend");
    command
        ->add_option("--transactions", arguments->transactions,
                     "Read purchases from this transactions file instead of the database, exactly as `import "
                     "transactions` reads it (header names, invoice lines, quantity x unit price, cancellations, "
                     "placeholder customers)")
        ->check(CLI::ExistingFile);
    arguments->reading.addTo(*command);
    command->footer(importFieldList());
    command->add_option("--model", arguments->model, "Purchase model")
        ->check(CLI::IsMember({"bgnbd", "pnbd"}))
        ->capture_default_str();
    command->add_option("--unit", arguments->unit, "Time unit of recency, T and the parameters")
        ->check(CLI::IsMember({"day", "week", "month"}))
        ->capture_default_str();
    command->add_option("--until", arguments->until, "Observation end (default: the last purchase date)")
        ->check(isoDateValidator);
    command->add_option("--horizon-months", arguments->horizonMonths, "Months to predict")
        ->check(CLI::Range(1, 600))
        ->capture_default_str();
    command->add_option("--discount", arguments->discount, "Discount rate per month, e.g. 0.01 for 1 %")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    command->add_option("--out", arguments->out, "Write one row per customer to this CSV file");
    command->add_flag("--json", arguments->json, "Print JSON for scripts");
    command->callback([&context, arguments] { run(context, *arguments); });
}

} // namespace rapport::cli
