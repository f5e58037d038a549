#include "customer_details_view.h"

#include "analysis_service.h"
#include "analytics/relationship_metrics.h"
#include "app/customer_edits.h"
#include "app/relationship_edits.h"
#include "card/assessments_tab.h"
#include "card/contact_persons_tab.h"
#include "card/costs_tab.h"
#include "card/lost_customer_tab.h"
#include "card/tasks_tab.h"
#include "churn_words.h"
#include "commands.h"
#include "dialogs/conflict_dialog.h"
#include "dialogs/customer_dialog.h"
#include "dialogs/enum_combo.h"
#include "dialogs/ladder_stage_dialog.h"
#include "formatting.h"
#include "i18n/domain_terms.h"
#include "platform/paths.h"
#include "storage/errors.h"
#include "storage/repository.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

QString joinPoints(const std::vector<core::ContactPoint>& points) {
    QStringList parts;
    for (const auto& point : points) {
        parts << (point.label.empty() ? fromUtf8(point.value)
                                      : QStringLiteral("%1 (%2)").arg(fromUtf8(point.value), fromUtf8(point.label)));
    }
    return parts.join(QStringLiteral(", "));
}

QTreeWidget* makeTree(const QStringList& headers, QWidget* parent) {
    auto* tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

/**
 * Puts a new, empty page with a form on `area` and returns the form; the previous page goes once the events in hand
 * are done (a button on it may be the one whose click led here). A form emptied row by row and filled again kept
 * the old rows' heights for the new rows of wrapped text, which then lost their third line.
 */
QFormLayout* newFormPage(QScrollArea* area) {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (auto* previous = area->takeWidget()) {
        previous->deleteLater();
    }
    area->setWidget(page);
    return form;
}

QScrollArea* makeFormTab(QTabWidget* tabs, const QString& title) {
    auto* area = new QScrollArea(tabs);
    area->setWidgetResizable(true);
    tabs->addTab(area, title);
    return area;
}

} // namespace

CustomerDetailsView::CustomerDetailsView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("customerTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    auto* header = new QHBoxLayout();
    auto* titles = new QVBoxLayout();
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_editButton = new QPushButton(tr("Edit…"), this);
    m_editButton->setToolTip(tr("Edit the profile (Ctrl+E); Edit > Undo takes it back"));
    m_logButton = new QPushButton(tr("Log episode…"), this);
    m_logButton->setToolTip(tr("Log a call, meeting, purchase … with this customer (Ctrl+L)"));
    header->addWidget(m_editButton, 0, Qt::AlignTop);
    header->addWidget(m_logButton, 0, Qt::AlignTop);
    layout->addLayout(header);
    connect(m_editButton, &QPushButton::clicked, this, &CustomerDetailsView::editCustomer);
    connect(m_logButton, &QPushButton::clicked, this, [this] {
        if (m_workspace.logEpisode) {
            m_workspace.logEpisode(m_customerId);
        }
    });

    m_tabs = new QTabWidget(this);
    m_profileArea = makeFormTab(m_tabs, tr("&Profile"));
    m_profile = newFormPage(m_profileArea);
    m_relationshipArea = makeFormTab(m_tabs, tr("&Relationship"));
    m_relationship = newFormPage(m_relationshipArea);
    {
        // The judged components sit under the measured ones: all 15 of the seed's model on one tab.
        const int index = m_tabs->count() - 1;
        auto* measured = m_tabs->widget(index);
        m_tabs->removeTab(index);
        auto* split = new QSplitter(Qt::Vertical, m_tabs);
        split->setObjectName(QStringLiteral("relationshipSplitter"));
        split->addWidget(measured);
        measured->show(); // the tab widget hid it when it let go of it
        m_assessments = new AssessmentsTab(workspace, split);
        split->addWidget(m_assessments);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        split->setSizes({600, 400}); // three fifths for the measured components at any height
        m_tabs->insertTab(index, split, tr("&Relationship"));
    }

    m_contacts = new ContactPersonsTab(workspace, m_tabs);
    m_tabs->addTab(m_contacts, tr("&Contacts"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_contacts), tr("Contact persons at the customer, past ones kept"));

    auto* episodePage = new QWidget(m_tabs);
    auto* episodeLayout = new QVBoxLayout(episodePage);
    auto* episodeFilters = new QHBoxLayout();
    m_episodeKind = new QComboBox(episodePage);
    fillEnumCombo<core::EpisodeKind>(m_episodeKind, tr("All kinds"));
    m_episodeChannel = new QComboBox(episodePage);
    fillEnumCombo<core::Channel>(m_episodeChannel, tr("All channels"));
    episodeFilters->addWidget(m_episodeKind);
    episodeFilters->addWidget(m_episodeChannel);
    episodeFilters->addStretch(1);
    episodeLayout->addLayout(episodeFilters);
    // The document beside the amount: it says which invoice a credit note cancels, and is cut off last.
    m_episodes = makeTree({tr("Date"), tr("Kind"), tr("Channel"), tr("Revenue"), tr("Document"), tr("Satisfaction"),
                           tr("Follow-up"), tr("Notes")},
                          episodePage);
    m_episodes->setObjectName(QStringLiteral("episodeTree"));
    episodeLayout->addWidget(m_episodes, 1);
    m_tabs->addTab(episodePage, tr("&Episodes"));
    m_tasks = new TasksTab(workspace, m_tabs);
    m_tabs->addTab(m_tasks, tr("&Tasks"));
    m_costs = new CostsTab(workspace, m_tabs);
    m_tabs->addTab(m_costs, tr("C&osts"));
    m_loss = new LostCustomerTab(workspace, m_tabs);
    m_tabs->addTab(m_loss, tr("&Lost"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_loss), tr("A lost customer: when, why, and the win-back"));
    connect(m_episodeKind, &QComboBox::currentIndexChanged, this, &CustomerDetailsView::showEpisodes);
    connect(m_episodeChannel, &QComboBox::currentIndexChanged, this, &CustomerDetailsView::showEpisodes);
    connect(m_episodes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr && item->data(0, kOlderEpisodesRole).toBool()) {
            appendEpisodes();
        }
    });
    layout->addWidget(m_tabs, 1);
    clear();
}

void CustomerDetailsView::clear() {
    m_customerId = 0;
    m_title->setText(tr("No customer selected"));
    m_subtitle->setText(tr("Choose a customer in the list to see the profile, contact persons and episodes."));
    m_profile = newFormPage(m_profileArea);
    m_relationship = newFormPage(m_relationshipArea);
    for (RecordsTab* tab :
         {static_cast<RecordsTab*>(m_contacts), static_cast<RecordsTab*>(m_tasks), static_cast<RecordsTab*>(m_costs),
          static_cast<RecordsTab*>(m_loss), static_cast<RecordsTab*>(m_assessments)}) {
        tab->showCustomer(0);
    }
    m_episodes->clear();
    m_tabs->setEnabled(false);
    m_editButton->setEnabled(false);
    m_logButton->setEnabled(false);
}

void CustomerDetailsView::addRow(QFormLayout* form, const QString& label, const QString& value) {
    if (value.isEmpty()) {
        return;
    }
    auto* field = new QLabel(value);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, field);
}

void CustomerDetailsView::showCustomer(core::CustomerId id) {
    clear();
    auto* repository = m_workspace.repository;
    if (repository == nullptr || id <= 0) {
        return;
    }
    try {
        const auto customer = repository->customer(id);
        const auto row = repository->customerRow(id);
        if (!customer || !row) {
            m_title->setText(tr("Customer #%1 no longer exists").arg(id));
            return;
        }
        m_customerId = id;
        m_tabs->setEnabled(true);
        m_editButton->setEnabled(true);
        m_logButton->setEnabled(true);
        const auto& c = *customer;
        m_title->setText(fromUtf8(c.displayName));
        const QString kindAndNumber = tr("%1 · %2 · customer #%3", "kind · market · number")
                                          .arg(i18n::term(c.kind), i18n::term(c.market))
                                          .arg(c.id);
        m_subtitle->setText(c.archivedOn ? tr("%1 · archived on %2 (hidden from lists and analyses)")
                                               .arg(kindAndNumber, formatDate(c.archivedOn))
                                         : kindAndNumber);

        if (c.legalName != c.displayName) {
            addRow(m_profile, tr("Legal name"), fromUtf8(c.legalName));
        }
        QStringList address;
        for (const auto* part :
             {&c.address.street, &c.address.postcode, &c.address.city, &c.address.region, &c.address.country}) {
            if (!part->empty()) {
                address << fromUtf8(*part);
            }
        }
        addRow(m_profile, tr("Address"), address.join(QStringLiteral(", ")));
        addRow(m_profile, tr("E-mail"), joinPoints(c.emails));
        addRow(m_profile, tr("Phone"), joinPoints(c.phones));
        addRow(m_profile, tr("Segment"), fromUtf8(c.segment));
        addRow(m_profile, tr("Owner"), fromUtf8(c.owner));
        addRow(m_profile, tr("Acquired"),
               !c.acquiredOn          ? tr("Not yet (prospect)")
               : c.acquisitionChannel ? tr("%1 via %2", "acquired on a date via a channel")
                                            .arg(formatDate(c.acquiredOn), i18n::term(*c.acquisitionChannel))
                                      : formatDate(c.acquiredOn));
        addRow(m_profile, tr("Acquisition cost"), formatMoney(c.acquisitionCost));
        addRow(m_profile, tr("Preferred channel"), c.preferredChannel ? i18n::term(*c.preferredChannel) : QString());
        QStringList tags;
        for (const auto& tag : c.tags) {
            tags << fromUtf8(tag);
        }
        addRow(m_profile, tr("Interests"), tags.join(QStringLiteral(", ")));
        addRow(m_profile, tr("Household size"), c.householdSize ? QLocale().toString(*c.householdSize) : QString());
        addRow(m_profile, tr("Income band"), c.incomeBand ? i18n::term(*c.incomeBand) : QString());
        addRow(m_profile, tr("Consent"),
               c.consents.empty() ? tr("None recorded")
                                  : tr("Processing: %1, marketing: %2")
                                        .arg(c.hasConsent(core::ConsentPurpose::Processing) ? tr("yes") : tr("no"),
                                             c.hasConsent(core::ConsentPurpose::Marketing) ? tr("yes") : tr("no")));
        const QString revenue = formatMoney(row->revenue);
        const QString margin = formatMoney(row->margin);
        addRow(
            m_profile, tr("Revenue"),
            tr("%1 (margin %2) from %Ln purchase(s)", nullptr, static_cast<int>(row->purchases)).arg(revenue, margin));
        addRow(m_profile, tr("Last contact"), formatDate(row->lastContactOn));
        addRow(m_profile, tr("External reference"), fromUtf8(c.externalRef));
        addRow(m_profile, tr("Notes"), fromUtf8(c.notes));

        for (RecordsTab* tab : {static_cast<RecordsTab*>(m_contacts), static_cast<RecordsTab*>(m_tasks),
                                static_cast<RecordsTab*>(m_costs), static_cast<RecordsTab*>(m_loss),
                                static_cast<RecordsTab*>(m_assessments)}) {
            tab->showCustomer(id);
        }

        showRelationship(id);
        showEpisodes();
    } catch (const std::exception& error) {
        spdlog::error("showing customer {} failed: {}", id, error.what());
        m_title->setText(tr("Could not read customer #%1").arg(id));
        m_subtitle->setText(tr("The customer's record cannot be read: %1").arg(QString::fromUtf8(error.what())));
    }
}

void CustomerDetailsView::showEpisodes() {
    m_episodes->clear();
    m_olderEpisodes.reset();
    if (m_workspace.repository == nullptr || m_customerId <= 0) {
        return;
    }
    appendEpisodes();
    m_episodes->header()->resizeSections(QHeaderView::ResizeToContents);
}

void CustomerDetailsView::appendEpisodes() {
    // The closing "older" line of the previous page, if any, goes: the next page takes its place.
    if (const int last = m_episodes->topLevelItemCount() - 1; last >= 0 && m_olderEpisodes) {
        delete m_episodes->takeTopLevelItem(last);
    }
    try {
        storage::EpisodeQuery query;
        query.customerId = m_customerId;
        query.limit = kEpisodeLimit;
        query.kind = comboValue<core::EpisodeKind>(m_episodeKind);
        query.channel = comboValue<core::Channel>(m_episodeChannel);
        query.after = m_olderEpisodes;
        const auto page = m_workspace.repository->episodes(query);
        DocumentLinks links; // a purchase and the return that cancels it are usually on the same page
        for (const auto& e : page.rows) {
            links.add(e);
        }
        for (const auto& e : page.rows) {
            auto* item = new QTreeWidgetItem(m_episodes);
            item->setText(0, formatDate(e.occurredOn));
            item->setText(1, i18n::term(e.kind));
            item->setText(2, i18n::term(e.channel));
            item->setText(3, e.revenue ? formatMoney(*e.revenue) : QString());
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            if (e.satisfaction) {
                item->setText(5,
                              *e.satisfaction == 0 ? QStringLiteral("0") : QString::asprintf("%+d", *e.satisfaction));
            }
            if (e.followUpOn) {
                item->setText(6, e.followUpDone ? tr("%1, done").arg(formatDate(e.followUpOn))
                                                : tr("%1, open").arg(formatDate(e.followUpOn)));
            }
            item->setText(4, episodeDocument(e, &links));
            item->setText(7, fromUtf8(e.notes));
            if (e.critical) {
                // Critical episodes decide whether the relationship continues: make them stand out.
                QFont bold = item->font(0);
                bold.setBold(true);
                for (int column = 0; column < m_episodes->columnCount(); ++column) {
                    item->setFont(column, bold);
                }
                item->setToolTip(1, tr("Critical episode"));
                item->setText(1, tr("%1 (critical)", "an episode kind").arg(item->text(1)));
            }
        }
        m_olderEpisodes = page.next;
        if (page.next) {
            // The timeline is cut: its last line says so and, activated (double-click, Enter), brings the next
            // older page, instead of letting the oldest episodes vanish silently.
            const auto shown = static_cast<qlonglong>(m_episodes->topLevelItemCount());
            const auto row = m_workspace.repository->customerRow(m_customerId);
            const bool filtered = query.kind || query.channel;
            auto* more = new QTreeWidgetItem(m_episodes);
            more->setText(0, !filtered && row ? tr("%L1 of %Ln episode(s) shown, newest first: double-click or press "
                                                   "Enter here for older ones",
                                                   nullptr, static_cast<int>(row->episodes))
                                                    .arg(shown)
                                              : tr("%Ln shown, newest first: double-click or press Enter here for "
                                                   "older ones",
                                                   nullptr, static_cast<int>(shown)));
            more->setData(0, kOlderEpisodesRole, true);
            more->setFirstColumnSpanned(true);
            QFont italic = more->font(0);
            italic.setItalic(true);
            more->setFont(0, italic);
        }
    } catch (const std::exception& error) {
        spdlog::error("reading episodes of {} failed: {}", m_customerId, error.what());
    }
}

void CustomerDetailsView::showRelationship(core::CustomerId id) {
    const auto row = m_workspace.repository->customerRow(id);
    if (!row) {
        return;
    }
    auto* form = m_relationship;
    const ChurnReasonNames churnReasons(*m_workspace.repository);
    addRow(form, tr("Historical value"),
           tr("Revenue %1, margin %2").arg(formatMoney(row->revenue), formatMoney(row->margin)));
    const auto snapshot = m_workspace.analysis != nullptr ? m_workspace.analysis->snapshot() : nullptr;
    if (!snapshot) {
        addRow(form, tr("Analysis"),
               row->stage ? tr("Scores below are from an earlier analysis run; the details appear when the "
                               "analysis has run in this session (Analytics page).")
                          : tr("No analysis has run yet: open the Analytics page to run it."));
    }
    const auto& a = snapshot ? &snapshot->analysis : nullptr;
    if (row->predictedValue) {
        addRow(
            form, tr("Predicted value"),
            snapshot
                ? tr("%1 over the next %Ln month(s), discounted %2 a month", nullptr, snapshot->options.horizonMonths)
                      .arg(formatMoney(*row->predictedValue), formatPercent(snapshot->options.monthlyDiscount, 1))
                : formatMoney(*row->predictedValue));
    }
    if (row->probabilityAlive) {
        addRow(form, tr("P(alive)"),
               tr("%1: the chance this customer still buys, from the purchase model")
                   .arg(formatPercent(*row->probabilityAlive)));
    }
    const auto* facts = snapshot ? snapshot->card(id) : nullptr;
    if (row->stage) {
        const QString stage = ladderStageName(*row->stage);
        addRow(form, tr("Ladder stage"),
               facts != nullptr && facts->stageSetByHand ? tr("%1 (set by hand)", "a ladder stage").arg(stage) : stage);
    }
    if (const auto override = m_workspace.repository->ladderOverride(id)) {
        addRow(form, tr("Set by hand"),
               tr("%1 on %2: %3")
                   .arg(ladderStageName(override->stage), formatDate(override->setOn), fromUtf8(override->reason)));
    }
    auto* stageButton = new QPushButton(tr("Set stage by hand…"));
    stageButton->setObjectName(QStringLiteral("setLadderStage"));
    connect(stageButton, &QPushButton::clicked, this, &CustomerDetailsView::setLadderStage);
    auto* stageRow = new QHBoxLayout();
    stageRow->addWidget(stageButton);
    stageRow->addStretch(1);
    form->addRow(QString(), stageRow);
    if (facts != nullptr) {
        QStringList history;
        for (std::size_t s = 1; s < core::kLadderStages; ++s) {
            if (const auto on = facts->reachedOn(s)) {
                history << tr("%1 on %2", "a ladder stage reached on a date")
                               .arg(ladderStageName(static_cast<core::LadderStage>(s)), formatDate(on));
            }
        }
        addRow(form, tr("Stage history"), history.join(QStringLiteral("\n")));
    }
    if (row->fourGroup) {
        addRow(form, tr("Group"), fourGroupName(*row->fourGroup));
    }
    if (row->serviceLevel) {
        if (const auto level = m_workspace.repository->serviceLevel(*row->serviceLevel)) {
            QString text = tr("%1: preventive contact every %Ln day(s)", nullptr, level->contactIntervalDays)
                               .arg(fromUtf8(level->name));
            if (!level->entitlement.empty()) {
                text += QLatin1Char('\n') + tr("Entitles to: %1").arg(fromUtf8(level->entitlement));
            }
            addRow(form, tr("Service level"), text);
        }
    }
    if (const auto levels = m_workspace.repository->serviceLevelHistory(id);
        levels.size() > 1 || (levels.size() == 1 && !row->serviceLevel)) {
        QStringList history;
        for (const auto& change : levels) {
            history << tr("%1 from %2", "a service level held from a date")
                           .arg(change.levelName.empty() ? tr("no level") : fromUtf8(change.levelName),
                                formatDate(change.since));
        }
        addRow(form, tr("Level history"), history.join(QStringLiteral("\n")));
    }
    if (row->churnStatus) {
        QString churn = churnStatusName(*row->churnStatus);
        if (facts != nullptr) {
            const auto assessment = snapshot->assessment(*facts);
            const QString why = churnAssessmentReason(assessment, snapshot->analysis.churn, churnReasons);
            if (!why.isEmpty()) {
                churn = tr("%1: %2", "churn status: why").arg(churn, why);
            }
            if (assessment.valueAtStake > 0) {
                churn = tr("%1 (value at stake %2)").arg(churn, formatAmount(assessment.valueAtStake));
            }
        }
        addRow(form, tr("Churn"), churn);
    }
    for (const auto& record : m_workspace.repository->churnRecords(id)) {
        addRow(form, tr("Left on %1").arg(formatDate(record.churnedOn)),
               record.details.empty()
                   ? tr("Reason: %1.").arg(churnReasons.name(record.reasonCode))
                   : tr("Reason: %1. %2").arg(churnReasons.name(record.reasonCode), fromUtf8(record.details)));
    }
    // The return-on-relationship components the data allow, per year and by episode.
    const auto until = a != nullptr ? a->until : core::Date::today();
    const auto metrics = analytics::relationshipMetrics(*m_workspace.repository, id, until);
    if (metrics.firstEpisode) {
        addRow(form, tr("Longevity"),
               tr("%1 months since the first episode (%2)", "%1 has one decimal, e.g. 14.5")
                   .arg(QLocale().toString(metrics.longevityMonths, 'f', 1), formatDate(metrics.firstEpisode)));
    }
    for (const auto& year : metrics.years) {
        addRow(form, tr("Year %1").arg(year.year),
               tr("Purchases %1, revenue %2, profit from sales %3, relationship costs %4, profitability %5")
                   .arg(formatCount(year.purchases))
                   .arg(formatAmount(static_cast<double>(year.revenueMinor) / 100.0),
                        formatAmount(static_cast<double>(year.marginMinor) / 100.0),
                        formatAmount(static_cast<double>(year.costsMinor) / 100.0),
                        formatAmount(static_cast<double>(year.profitabilityMinor()) / 100.0)));
    }
    addRow(form, tr("Referrals"), formatCount(metrics.count(core::EpisodeKind::Referral)));
    addRow(form, tr("Co-creation"), formatCount(metrics.count(core::EpisodeKind::CoCreation)));
    addRow(form, tr("Critical episodes"), formatCount(metrics.critical));
    if (metrics.meanSatisfaction) {
        addRow(form, tr("Satisfaction"),
               tr("%1 on average (−2 … +2), ratings: %2")
                   .arg(QLocale().toString(*metrics.meanSatisfaction, 'f', 2))
                   .arg(formatCount(metrics.ratings)));
    }
    addRow(form, tr("Complaints"),
           tr("%Ln, of which %1 answered", "complaints", static_cast<int>(metrics.complaints))
               .arg(formatCount(metrics.complaintsAnswered)));
}

void CustomerDetailsView::setLadderStage() {
    auto* repository = m_workspace.repository;
    if (repository == nullptr || m_customerId <= 0) {
        return;
    }
    const auto id = m_customerId;
    const auto before = repository->ladderOverride(id);
    LadderStageDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const auto after = dialog.result(id, fromQDate(QDate::currentDate()), platform::userName());
    if (after == before) {
        return;
    }
    try {
        pushEdit(*m_workspace.undoStack, *repository, *m_workspace.notifier, app::setLadderOverride(id, before, after),
                 after ? tr("Set ladder stage") : tr("Ladder stage back to the rules"));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Ladder stage"), tr("Not saved: %1").arg(fromUtf8(error.what())));
    }
}

void CustomerDetailsView::editCustomer() {
    auto* repository = m_workspace.repository;
    if (repository == nullptr || m_customerId <= 0) {
        return;
    }
    const auto before = repository->customer(m_customerId);
    if (!before) {
        return;
    }
    CustomerDialog dialog(*before, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto after = dialog.customer();
    if (after == *before) {
        return;
    }
    auto replaced = *before; // what the save writes over: for undo
    for (bool retried = false;; retried = true) {
        try {
            pushEdit(*m_workspace.undoStack, *repository, *m_workspace.notifier,
                     app::changeCustomers({replaced}, {after}), tr("Edit %1").arg(fromUtf8(after.displayName)));
            return;
        } catch (const storage::ConflictError& error) {
            // Someone else saved it meanwhile: show both, write only what the user chooses.
            const auto theirs = repository->customer(m_customerId);
            if (!theirs || retried) {
                QMessageBox::warning(this, tr("Edit customer"),
                                     tr("The change was not saved: %1").arg(fromUtf8(error.what())));
                return;
            }
            ConflictDialog conflict(after, *theirs, this);
            conflict.exec();
            if (!conflict.keepMine()) {
                emit m_workspace.notifier->customersChanged({static_cast<qlonglong>(m_customerId)});
                return;
            }
            replaced = *theirs;
        } catch (const std::exception& error) {
            QMessageBox::warning(this, tr("Edit customer"),
                                 tr("The change was not saved: %1").arg(fromUtf8(error.what())));
            return;
        }
    }
}

} // namespace rapport::ui
