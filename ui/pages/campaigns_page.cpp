#include "pages/campaigns_page.h"

#include "app/campaign_results.h"
#include "background.h"
#include "commands.h"
#include "date_edit.h"
#include "dialogs/campaign_dialog.h"
#include "dialogs/enum_combo.h"
#include "formatting.h"
#include "i18n/domain_terms.h"
#include "i18n/language.h"
#include "reports/pdf/pdf_report.h"
#include "reports/report_files.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

enum CampaignColumn { Name, Offer, Launched, Treated, Control, Lift, Verdict, CampaignColumnCount };

QString verdictText(analytics::Verdict verdict) {
    switch (verdict) {
    case analytics::Verdict::TooFewCustomers:
        return CampaignsPage::tr("Too few customers to measure");
    case analytics::Verdict::NoMeasurableEffect:
        return CampaignsPage::tr("No measurable effect");
    case analytics::Verdict::Positive:
        return CampaignsPage::tr("A measurable rise");
    case analytics::Verdict::Negative:
        return CampaignsPage::tr("A measurable fall");
    }
    return {};
}

/** A share difference in percentage points, signed: "+3.2 pp". */
QString points(double share) {
    return CampaignsPage::tr("%1 pp").arg(
        QLocale().toString(share * 100.0, 'f', 1).prepend(share > 0 ? QStringLiteral("+") : QString()));
}

QString pointsInterval(const analytics::Estimate& e) {
    return CampaignsPage::tr("%1 (%2 to %3)").arg(points(e.value), points(e.low), points(e.high));
}

QString moneyOfMinor(double minor) {
    return formatMoney(core::Money::fromMinor(static_cast<std::int64_t>(std::llround(minor))));
}

QString moneyInterval(const analytics::Estimate& e) {
    return CampaignsPage::tr("%1 (%2 to %3)").arg(moneyOfMinor(e.value), moneyOfMinor(e.low), moneyOfMinor(e.high));
}

QString textCell(const QString& text) {
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

QString numberCell(const QString& text) {
    return QStringLiteral("<td align=\"right\">%1</td>").arg(text.toHtmlEscaped());
}

/** The campaign in words: what it is, and what the groups did in its window. */
QString reportHtml(const CampaignsPage::Entry& entry) {
    const auto& c = entry.summary.campaign;
    QString html = QStringLiteral("<h3>%1</h3>").arg(fromUtf8(c.name).toHtmlEscaped());
    html += QStringLiteral("<p>");
    if (!c.goal.empty()) {
        html += CampaignsPage::tr("Goal: %1").arg(fromUtf8(c.goal)).toHtmlEscaped() + QStringLiteral("<br>");
    }
    html += CampaignsPage::tr("Offer: %1 by %2").arg(i18n::term(c.offer), i18n::term(c.channel)).toHtmlEscaped();
    if (!c.offerText.empty()) {
        html += QStringLiteral("<br><i>%1</i>").arg(fromUtf8(c.offerText).toHtmlEscaped());
    }
    html += QStringLiteral("<br>") + CampaignsPage::tr("Control group: %1 % drawn within: %2; seed %3")
                                         .arg(c.controlPercent)
                                         .arg(i18n::term(c.stratification), QString::number(c.seed))
                                         .toHtmlEscaped();
    html += QStringLiteral("<br>") + CampaignsPage::tr("Response window: %n day(s) after the launch day; cost per "
                                                       "contact %1",
                                                       nullptr, c.responseWindowDays)
                                         .arg(formatMoney(c.costPerContact))
                                         .toHtmlEscaped();
    if (!c.launchedOn) {
        html += QStringLiteral("</p><p>") +
                CampaignsPage::tr("A draft: launch it at a target list to draw the control group and log the offers.")
                    .toHtmlEscaped() +
                QStringLiteral("</p>");
        return html;
    }
    html += QStringLiteral("<br>") + CampaignsPage::tr("Launched on %1 at: %2")
                                         .arg(formatDate(c.launchedOn), fromUtf8(c.targetDescription))
                                         .toHtmlEscaped();
    html += QStringLiteral("</p>");
    if (!entry.result) {
        return html;
    }
    const auto& r = *entry.result;
    const auto& m = r.measurement;
    if (!r.started) {
        return html + QStringLiteral("<p>") +
               CampaignsPage::tr("The response window opens on %1.").arg(formatDate(r.from)).toHtmlEscaped() +
               QStringLiteral("</p>");
    }
    html += QStringLiteral("<p>") +
            (r.windowOpen ? CampaignsPage::tr("Purchases from %1 to %2 (the window is still open).")
                          : CampaignsPage::tr("Purchases from %1 to %2."))
                .arg(formatDate(r.from), formatDate(r.to))
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>") +
            textCell(CampaignsPage::tr("Group")) + textCell(CampaignsPage::tr("Customers")) +
            textCell(CampaignsPage::tr("Responded")) + textCell(CampaignsPage::tr("Response rate")) +
            textCell(CampaignsPage::tr("Revenue per customer")) + QStringLiteral("</tr>");
    for (const auto& [name, g] :
         {std::pair{CampaignsPage::tr("Treated"), &m.treated}, std::pair{CampaignsPage::tr("Control"), &m.control}}) {
        html += QStringLiteral("<tr>") + textCell(name) + numberCell(formatCount(g->customers)) +
                numberCell(formatCount(g->responders)) + numberCell(formatPercent(g->responseRate(), 1)) +
                numberCell(moneyOfMinor(g->revenuePerCustomer())) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>") + CampaignsPage::tr("With 95 % confidence:").toHtmlEscaped() +
            QStringLiteral("<br>") +
            CampaignsPage::tr("Response lift: %1").arg(pointsInterval(m.responseLift)).toHtmlEscaped() +
            QStringLiteral("<br>") +
            CampaignsPage::tr("Revenue lift per customer: %1").arg(moneyInterval(m.revenueLift)).toHtmlEscaped() +
            QStringLiteral("<br>") +
            CampaignsPage::tr("Incremental revenue: %1").arg(moneyInterval(m.incrementalRevenue)).toHtmlEscaped() +
            QStringLiteral("<br>") +
            CampaignsPage::tr("Incremental margin: %1").arg(moneyInterval(m.incrementalMargin)).toHtmlEscaped() +
            QStringLiteral("<br>") +
            CampaignsPage::tr("Cost of the contacts: %1")
                .arg(moneyOfMinor(static_cast<double>(m.costMinor)))
                .toHtmlEscaped() +
            QStringLiteral("<br>") +
            CampaignsPage::tr("Margin after the cost: %1").arg(moneyInterval(m.netMargin)).toHtmlEscaped() +
            QStringLiteral("</p><p><b>") +
            CampaignsPage::tr("Response: %1. Revenue: %2. After its cost: %3.")
                .arg(verdictText(m.response), verdictText(m.revenue), verdictText(m.pays))
                .toHtmlEscaped() +
            QStringLiteral("</b></p>");
    return html;
}

QString partName(const std::string& value, analytics::Dimension dimension) {
    if (value.empty()) {
        return CampaignsPage::tr("(not recorded)");
    }
    if (dimension == analytics::Dimension::AcquisitionChannel) {
        if (const auto channel = core::fromCode<core::Channel>(value)) {
            return i18n::term(*channel);
        }
    }
    return fromUtf8(value);
}

QString dimensionName(analytics::Dimension dimension) {
    switch (dimension) {
    case analytics::Dimension::Segment:
        return CampaignsPage::tr("Segment");
    case analytics::Dimension::Region:
        return CampaignsPage::tr("Region");
    case analytics::Dimension::Owner:
        return CampaignsPage::tr("Owner");
    case analytics::Dimension::AcquisitionChannel:
        return CampaignsPage::tr("Acquisition channel");
    case analytics::Dimension::ServiceLevel:
        return CampaignsPage::tr("Service level");
    }
    return {};
}

/** The campaign's results for each value of a dimension under `heading`, with the caveat of subgroups. */
QString partsHtml(const analytics::CampaignBreakdown& parts, const QString& heading) {
    const QString dimension = dimensionName(parts.dimension);
    QString html = QStringLiteral("<h4>%1</h4><p>%2</p>")
                       .arg(heading.toHtmlEscaped(),
                            CampaignsPage::tr("Each value's customers measured on their own, as they are recorded now. "
                                              "A small part has a wide interval, and among many parts about one in "
                                              "twenty misses by chance.")
                                .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>") + textCell(dimension) +
            textCell(CampaignsPage::tr("Treated")) + textCell(CampaignsPage::tr("Control")) +
            textCell(CampaignsPage::tr("Treated response")) + textCell(CampaignsPage::tr("Control response")) +
            textCell(CampaignsPage::tr("Response lift (95 %)")) + textCell(CampaignsPage::tr("Verdict")) +
            QStringLiteral("</tr>");
    for (const auto& row : parts.rows) {
        const auto& m = row.measurement;
        const bool measured = m.response != analytics::Verdict::TooFewCustomers;
        html += QStringLiteral("<tr>") + textCell(partName(row.value, parts.dimension)) +
                numberCell(formatCount(m.treated.customers)) + numberCell(formatCount(m.control.customers)) +
                numberCell(formatPercent(m.treated.responseRate(), 1)) +
                numberCell(formatPercent(m.control.responseRate(), 1)) +
                textCell(measured ? pointsInterval(m.responseLift) : QString()) + textCell(verdictText(m.response)) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

/** Asks for the target list and the launch day; the filters are those of the customer list. */
class LaunchDialog final : public QDialog {
public:
    LaunchDialog(const std::vector<storage::ServiceLevelSummary>& levels, QWidget* parent)
        : QDialog(parent) {
        setWindowTitle(CampaignsPage::tr("Launch campaign"));
        setObjectName(QStringLiteral("launchDialog"));
        auto* layout = new QVBoxLayout(this);
        auto* intro = new QLabel(CampaignsPage::tr("The campaign goes to the customers these filters select who "
                                                   "consent to marketing. Empty filters take everyone in use."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto* form = new QFormLayout();
        layout->addLayout(form);
        m_segment = new QLineEdit(this);
        m_segment->setObjectName(QStringLiteral("launchSegment"));
        form->addRow(CampaignsPage::tr("&Segment:"), m_segment);
        m_owner = new QLineEdit(this);
        m_owner->setObjectName(QStringLiteral("launchOwner"));
        form->addRow(CampaignsPage::tr("&Owner:"), m_owner);
        m_tag = new QLineEdit(this);
        m_tag->setObjectName(QStringLiteral("launchTag"));
        form->addRow(CampaignsPage::tr("&Tag:"), m_tag);
        m_stage = new QComboBox(this);
        m_stage->setObjectName(QStringLiteral("launchStage"));
        fillEnumCombo<core::LadderStage>(m_stage, CampaignsPage::tr("Any ladder stage"));
        form->addRow(CampaignsPage::tr("&Ladder stage:"), m_stage);
        m_group = new QComboBox(this);
        m_group->setObjectName(QStringLiteral("launchGroup"));
        m_group->addItem(CampaignsPage::tr("Any group"));
        for (int g = 1; g <= 4; ++g) {
            m_group->addItem(CampaignsPage::tr("Group %1").arg(g), g);
        }
        form->addRow(CampaignsPage::tr("&Four groups:"), m_group);
        m_churn = new QComboBox(this);
        m_churn->setObjectName(QStringLiteral("launchChurnStatus"));
        fillEnumCombo<core::ChurnStatus>(m_churn, CampaignsPage::tr("Any churn status"));
        form->addRow(CampaignsPage::tr("&Churn status:"), m_churn);
        m_level = new QComboBox(this);
        m_level->setObjectName(QStringLiteral("launchLevel"));
        m_level->addItem(CampaignsPage::tr("Any service level"));
        for (const auto& [level, customers] : levels) {
            m_level->addItem(QString::fromStdString(level.name), QVariant::fromValue<qlonglong>(level.id));
        }
        form->addRow(CampaignsPage::tr("Service le&vel:"), m_level);
        m_day = new DateEdit(QDate::currentDate(), this);
        m_day->setObjectName(QStringLiteral("launchDay"));
        form->addRow(CampaignsPage::tr("Launch &day:"), m_day);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        buttons->addButton(CampaignsPage::tr("&Launch"), QDialogButtonBox::AcceptRole);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
    }

    [[nodiscard]] storage::CustomerFilter filter() const {
        storage::CustomerFilter f;
        if (const auto text = m_segment->text().trimmed(); !text.isEmpty()) {
            f.segment = text.toStdString();
        }
        if (const auto text = m_owner->text().trimmed(); !text.isEmpty()) {
            f.owner = text.toStdString();
        }
        if (const auto text = m_tag->text().trimmed(); !text.isEmpty()) {
            f.tag = text.toStdString();
        }
        f.stage = comboValue<core::LadderStage>(m_stage);
        if (const auto group = m_group->currentData(); group.isValid()) {
            f.fourGroup = group.toInt();
        }
        f.churnStatus = comboValue<core::ChurnStatus>(m_churn);
        if (const auto level = m_level->currentData(); level.isValid()) {
            f.serviceLevel = level.toLongLong();
        }
        return f;
    }
    /** The filters in words, in the user's language, recorded with the campaign. */
    [[nodiscard]] QString description() const {
        QStringList parts;
        const auto add = [&](const QString& label, const QString& value) {
            if (!value.isEmpty()) {
                parts << label.arg(value);
            }
        };
        add(CampaignsPage::tr("segment %1"), m_segment->text().trimmed());
        add(CampaignsPage::tr("owner %1"), m_owner->text().trimmed());
        add(CampaignsPage::tr("tag %1"), m_tag->text().trimmed());
        for (auto* combo : {m_stage, m_group, m_churn, m_level}) {
            if (combo->currentIndex() > 0) {
                parts << combo->currentText();
            }
        }
        return parts.isEmpty() ? CampaignsPage::tr("all customers in use") : parts.join(QStringLiteral(", "));
    }
    [[nodiscard]] core::Date day() const { return fromQDate(m_day->date()); }

private:
    QLineEdit* m_segment = nullptr;
    QLineEdit* m_owner = nullptr;
    QLineEdit* m_tag = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_churn = nullptr;
    QComboBox* m_level = nullptr;
    DateEdit* m_day = nullptr;
};

} // namespace

CampaignsPage::CampaignsPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent) {
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout();
    auto* add = new QPushButton(tr("&New campaign…"), this);
    add->setObjectName(QStringLiteral("newCampaign"));
    m_launch = new QPushButton(tr("&Launch…"), this);
    m_launch->setObjectName(QStringLiteral("launchCampaign"));
    m_launch->setToolTip(tr("Draw the control group and log an offer episode for every treated customer"));
    m_export = new QPushButton(tr("E&xport contact list…"), this);
    m_export->setObjectName(QStringLiteral("exportCampaignContacts"));
    m_export->setToolTip(tr("The treated customers who consent to marketing, with e-mail and phone, for a mail "
                            "merge or a calling list"));
    m_exportReport = new QPushButton(tr("Export &report…"), this);
    m_exportReport->setObjectName(QStringLiteral("exportCampaignReport"));
    m_exportReport->setToolTip(tr("The campaign's definition, groups, lifts with their 95 % intervals and verdicts, "
                                  "as PDF, HTML, XLSX or CSV"));
    for (auto* button : {add, m_launch, m_export, m_exportReport}) {
        buttons->addWidget(button);
    }
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("campaignResultsBy"));
    m_by->setToolTip(tr("The selected campaign's response lift for each segment, region, owner or acquisition "
                        "channel"));
    m_by->addItem(tr("Whole campaign"));
    m_by->addItem(tr("By segment"), static_cast<int>(analytics::Dimension::Segment));
    m_by->addItem(tr("By region"), static_cast<int>(analytics::Dimension::Region));
    m_by->addItem(tr("By owner"), static_cast<int>(analytics::Dimension::Owner));
    m_by->addItem(tr("By acquisition channel"), static_cast<int>(analytics::Dimension::AcquisitionChannel));
    m_by->addItem(tr("By service level"), static_cast<int>(analytics::Dimension::ServiceLevel));
    auto* byLabel = new QLabel(tr("&Results:"), this);
    byLabel->setBuddy(m_by);
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] {
        m_parts.reset();
        m_partsError.clear();
        measureParts();
        showCampaign(m_table->currentRow());
    });
    buttons->addStretch(1);
    m_state = new QLabel(this);
    buttons->addWidget(m_state);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_launch, &QPushButton::clicked, this, &CampaignsPage::launchCampaign);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("Export contact list"), QString(),
                                                       tr("Spreadsheet (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty()) {
            exportContacts(path);
        }
    });

    connect(m_exportReport, &QPushButton::clicked, this, [this] {
        const auto path = QFileDialog::getSaveFileName(
            this, tr("Export campaign report"), QStringLiteral("campaign-report.pdf"),
            tr("PDF files (*.pdf);;HTML files (*.html);;Excel workbooks (*.xlsx);;CSV files (*.csv)"));
        if (!path.isEmpty()) {
            exportReport(path);
        }
    });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);
    m_table = new QTableWidget(0, CampaignColumnCount, splitter);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setHorizontalHeaderLabels({tr("Campaign"), tr("Offer"), tr("Launched"), tr("Treated"), tr("Control"),
                                        tr("Response lift (95 %)"), tr("Verdict")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The choice of results sits above the campaign's report it shapes, not in the buttons' row: that row must
    // fit a 1024-pixel window in Russian too.
    auto* reportPane = new QWidget(splitter);
    auto* paneLayout = new QVBoxLayout(reportPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    auto* byRow = new QHBoxLayout();
    byRow->addWidget(byLabel);
    byRow->addWidget(m_by);
    byRow->addStretch(1);
    paneLayout->addLayout(byRow);
    m_report = new QTextBrowser(reportPane);
    m_report->setObjectName(QStringLiteral("campaignReport"));
    paneLayout->addWidget(m_report, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(reportPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showCampaign(row); });
    updateActions();
}

void CampaignsPage::databaseChanged() {
    m_entries.clear();
    m_shown = 0;
    reload();
}

void CampaignsPage::reload() {
    if (m_workspace.repository == nullptr || m_workspace.databasePath.isEmpty()) {
        show({});
        return;
    }
    const int generation = ++m_generation;
    m_state->setText(tr("Measuring…"));
    const auto today = core::Date::today();
    runOnWorker(
        this, m_workspace.databasePath,
        [today](storage::Repository& repository) {
            std::vector<Entry> entries;
            for (auto& summary : repository.campaigns()) {
                Entry entry{std::move(summary), std::nullopt};
                if (entry.summary.campaign.launchedOn) {
                    entry.result = app::measureCampaign(repository, entry.summary.campaign.id, today);
                }
                entries.push_back(std::move(entry));
            }
            return entries;
        },
        [this, generation](const WorkResult<std::vector<Entry>>& result) {
            if (generation != m_generation) {
                return; // a later reload is on its way
            }
            m_state->setText(result.error.isEmpty() ? QString()
                                                    : tr("Could not read the campaigns: %1").arg(result.error));
            show(result.value.value_or(std::vector<Entry>{}));
        });
}

void CampaignsPage::show(const std::vector<Entry>& entries) {
    const auto keep = m_shown;
    m_entries = entries;
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    int select = m_entries.empty() ? -1 : 0;
    for (int row = 0; row < static_cast<int>(m_entries.size()); ++row) {
        const auto& e = m_entries[static_cast<std::size_t>(row)];
        const auto& c = e.summary.campaign;
        auto* name = new QTableWidgetItem(fromUtf8(c.name));
        name->setToolTip(fromUtf8(c.name));
        name->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(c.id));
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Offer, new QTableWidgetItem(i18n::term(c.offer)));
        m_table->setItem(row, Launched, new QTableWidgetItem(c.launchedOn ? formatDate(c.launchedOn) : tr("Draft")));
        for (const auto& [column, count] :
             {std::pair{Treated, e.summary.treated}, std::pair{Control, e.summary.control}}) {
            auto* item = new QTableWidgetItem(formatCount(count));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        const bool measured = e.result && e.result->started; // nothing to show on the launch day
        m_table->setItem(
            row, Lift, new QTableWidgetItem(measured ? pointsInterval(e.result->measurement.responseLift) : QString()));
        auto* verdict = new QTableWidgetItem(measured ? verdictText(e.result->measurement.response) : QString());
        verdict->setToolTip(verdict->text());
        m_table->setItem(row, Verdict, verdict);
        if (c.id == keep) {
            select = row;
        }
    }
    m_table->resizeColumnsToContents();
    // Long names must not push the lift and the verdict out of a 1024-pixel window: the whole name is in the tooltip.
    const int nameWidth = m_table->fontMetrics().averageCharWidth() * 32;
    if (m_table->columnWidth(Name) > nameWidth) {
        m_table->setColumnWidth(Name, nameWidth);
    }
    if (select >= 0) {
        m_table->selectRow(select);
        showCampaign(select);
    } else {
        m_report->setHtml(QStringLiteral("<p>%1</p>")
                              .arg(tr("No campaigns yet. A campaign sends an offer to a target list and holds a "
                                      "random control group back, so that what the offer changed can be measured.")
                                       .toHtmlEscaped()));
    }
    updateActions();
    emit loaded();
}

void CampaignsPage::showCampaign(int row) {
    if (row < 0 || row >= static_cast<int>(m_entries.size())) {
        return;
    }
    const auto& entry = m_entries[static_cast<std::size_t>(row)];
    if (m_shown != entry.summary.campaign.id) {
        m_shown = entry.summary.campaign.id;
        m_parts.reset(); // another campaign's
        m_partsError.clear();
        measureParts();
    }
    QString html = reportHtml(entry);
    const bool measured = entry.result && entry.result->started;
    if (m_by->currentData().isValid() && measured) {
        html += m_parts ? partsHtml(*m_parts, m_by->currentText())
                : m_partsError.isEmpty()
                    ? QStringLiteral("<p>%1</p>").arg(tr("Measuring each value's customers…").toHtmlEscaped())
                    : QStringLiteral("<p>%1</p>").arg(tr("Could not measure: %1").arg(m_partsError).toHtmlEscaped());
    }
    m_report->setHtml(html);
    updateActions();
}

void CampaignsPage::showResultsBy(std::optional<analytics::Dimension> dimension) {
    m_by->setCurrentIndex(dimension ? m_by->findData(static_cast<int>(*dimension)) : 0);
}

void CampaignsPage::measureParts() {
    const int generation = ++m_partsGeneration;
    const auto* e = current();
    if (!m_by->currentData().isValid() || e == nullptr || !e->result || !e->result->started) {
        return;
    }
    const auto id = e->summary.campaign.id;
    const auto dimension = static_cast<analytics::Dimension>(m_by->currentData().toInt());
    runOnWorker(
        this, m_workspace.databasePath,
        [id, dimension](storage::Repository& repository) {
            return app::measureCampaignByDimension(repository, id, dimension, core::Date::today()).parts;
        },
        [this, generation](const WorkResult<analytics::CampaignBreakdown>& result) {
            if (generation != m_partsGeneration) {
                return; // another campaign or dimension was chosen meanwhile
            }
            m_parts = result.value;
            m_partsError = result.error;
            for (int row = 0; row < static_cast<int>(m_entries.size()); ++row) {
                if (m_entries[static_cast<std::size_t>(row)].summary.campaign.id == m_shown) {
                    showCampaign(row);
                }
            }
            emit resultsByShown();
        });
}

const CampaignsPage::Entry* CampaignsPage::current() const {
    for (const auto& e : m_entries) {
        if (e.summary.campaign.id == m_shown) {
            return &e;
        }
    }
    return nullptr;
}

void CampaignsPage::updateActions() {
    const auto* e = current();
    m_launch->setEnabled(e != nullptr && !e->summary.campaign.launchedOn);
    m_export->setEnabled(e != nullptr && e->summary.campaign.launchedOn.has_value());
    m_exportReport->setEnabled(e != nullptr && e->summary.campaign.launchedOn.has_value());
}

void CampaignsPage::newCampaign() {
    if (m_workspace.repository == nullptr) {
        return;
    }
    CampaignDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto campaign = dialog.campaign();
    campaign.seed = app::createCampaignSeed();
    app::Edit edit;
    edit.add(campaign);
    const auto done = saveEdit(this, *m_workspace.undoStack, *m_workspace.repository, *m_workspace.notifier,
                               std::move(edit), tr("New campaign “%1”").arg(fromUtf8(campaign.name)));
    if (done) {
        if (const auto* stored = done->after<core::Campaign>()) {
            m_shown = stored->id;
        }
        reload();
    }
}

void CampaignsPage::launchCampaign() {
    const auto* e = current();
    if (e == nullptr || e->summary.campaign.launchedOn) {
        return;
    }
    LaunchDialog dialog(m_workspace.repository->serviceLevels(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Launch campaign"),
        tr("Launch “%1” at %2? An offer episode is logged for every treated customer; a launch cannot be undone, "
           "as the offers are then on their way.")
            .arg(fromUtf8(e->summary.campaign.name), dialog.description()));
    if (answer != QMessageBox::Yes) {
        return;
    }
    launchCampaignAt(dialog.filter(), dialog.description(), dialog.day());
}

void CampaignsPage::launchCampaignAt(const storage::CustomerFilter& filter, const QString& description,
                                     core::Date day) {
    const auto id = m_shown;
    std::string by; // the offers are the launching sales manager's, as the command line records them
    if (m_workspace.repository != nullptr) {
        if (const auto session = m_workspace.repository->teamSession()) {
            by = session->ownerName;
        }
    }
    m_state->setText(tr("Launching…"));
    m_launch->setEnabled(false);
    runOnWorker(
        this, m_workspace.databasePath,
        [=, words = description.toStdString()](storage::Repository& repository) {
            return app::launchCampaign(repository, id, filter, day, words, by);
        },
        [this](const WorkResult<app::CampaignLaunch>& result) {
            m_state->clear();
            if (!result.value) {
                QMessageBox::warning(this, tr("Launch campaign"),
                                     tr("The campaign was not launched; nothing was changed.\n%1").arg(result.error));
                updateActions();
                return;
            }
            const auto& l = *result.value;
            QMessageBox::information(
                this, tr("Launch campaign"),
                tr("Launched: %1 treated, %2 held back as the control group.\nLeft out: %3 without marketing consent, "
                   "%4 contacted recently (of %5 selected).")
                    .arg(formatCount(l.treated), formatCount(l.control), formatCount(l.withoutConsent),
                         formatCount(l.recentlyContacted), formatCount(l.selected)));
            emit m_workspace.notifier->episodesChanged(0); // the offer episodes
            reload();
        });
}

void CampaignsPage::exportContacts(const QString& path) {
    const auto id = m_shown;
    runOnWorker(
        this, m_workspace.databasePath,
        [id, file = path.toStdString()](storage::Repository& repository) {
            return app::writeCampaignContacts(repository, id, file);
        },
        [this, path](const WorkResult<std::int64_t>& result) {
            if (!result.value) {
                QMessageBox::warning(this, tr("Export contact list"),
                                     tr("The contact list was not written.\n%1").arg(result.error));
                return;
            }
            m_state->setText(tr("%n contact(s) written to %1", nullptr, static_cast<int>(*result.value)).arg(path));
        });
}

void CampaignsPage::exportReport(const QString& path) {
    const auto id = m_shown;
    const auto suffix = QFileInfo(path).suffix().toLower().toStdString();
    const auto format = reports::parseReportFormat(suffix).value_or(reports::ReportFormat::Pdf);
    reports::ReportContext context;
    context.database = m_workspace.databasePath.toStdString();
    context.madeAt = reports::nowUtc();
    // The app's language: i18n::Translations made its locale the default when it installed it at start.
    context.language = i18n::languageOfLocale(QLocale()).toStdString();
    context.currency = databaseCurrency().toStdString();
    m_exportReport->setEnabled(false);
    m_state->setText(tr("Writing %1 …").arg(path));
    runOnWorker(
        this, m_workspace.databasePath,
        [id, context, format, file = path.toStdString()](storage::Repository& repository) {
            const auto report = app::campaignReport(repository, id, core::Date::today(), context);
            if (format == reports::ReportFormat::Pdf) {
                reports::writePdfReport(report, file);
            } else {
                reports::writeReportFile(report, format, file);
            }
            return true;
        },
        [this, path](const WorkResult<bool>& result) {
            updateActions();
            if (!result.value) {
                m_state->setText(tr("Not written"));
                QMessageBox::warning(this, tr("Export campaign report"),
                                     tr("%1 was not written: %2").arg(path, result.error));
            } else {
                m_state->setText(tr("Report written to %1").arg(path));
            }
            emit reportWritten(path, result.value ? QString() : result.error);
        });
}

} // namespace rapport::ui
