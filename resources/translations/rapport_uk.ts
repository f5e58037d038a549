<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Domain</name>
    <message>
        <source>Supplier</source>
        <comment>partner direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <comment>partner direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary</source>
        <comment>partner direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <comment>partner direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retailer</source>
        <comment>partner direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <comment>partner direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complementary business</source>
        <comment>partner direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareholder</source>
        <comment>partner direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <comment>partner direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public body</source>
        <comment>partner direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure group</source>
        <comment>partner direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>partner direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance</source>
        <comment>partnership form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint venture</source>
        <comment>partnership form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-branding</source>
        <comment>partnership form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint R&amp;D</source>
        <comment>partnership form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-licensing</source>
        <comment>partnership form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint marketing</source>
        <comment>partnership form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply contract</source>
        <comment>partnership form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution agreement</source>
        <comment>partnership form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>partnership form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation</source>
        <comment>partnership lifecycle stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimentation</source>
        <comment>partnership lifecycle stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <comment>partnership lifecycle stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <comment>partnership lifecycle stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupture</source>
        <comment>partnership lifecycle stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <comment>partnership bond</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic</source>
        <comment>partnership bond</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <comment>partnership bond</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographic</source>
        <comment>partnership bond</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporal</source>
        <comment>partnership bond</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <comment>partnership bond</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural</source>
        <comment>partnership bond</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideological</source>
        <comment>partnership bond</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognitive</source>
        <comment>partnership bond</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological</source>
        <comment>partnership bond</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store staff bonus</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsold returns</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upkeep</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales manager pay</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>churn status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>churn status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <comment>churn status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>churn status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>win-back outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>win-back outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won back</source>
        <comment>win-back outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>win-back outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <comment>kind of customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <comment>kind of customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>kind of customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B2C</source>
        <comment>market</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B2B</source>
        <comment>market</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <comment>income band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower middle</source>
        <comment>income band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <comment>income band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper middle</source>
        <comment>income band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <comment>income band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>purpose of a consent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <comment>purpose of a consent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling</source>
        <comment>purpose of a consent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with third parties</source>
        <comment>purpose of a consent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronage</source>
        <comment>loyalty assessment component</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>loyalty assessment component</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceived quality</source>
        <comment>loyalty assessment component</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceived value</source>
        <comment>loyalty assessment component</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacrifices</source>
        <comment>loyalty assessment component</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives known</source>
        <comment>loyalty assessment component</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer bonds</source>
        <comment>loyalty assessment component</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-creation</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of episode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>relationship ladder stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>relationship ladder stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <comment>relationship ladder stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <comment>relationship ladder stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <comment>relationship ladder stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>relationship ladder stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of sale</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social network</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved home or work, or the transport route or cost changed</source>
        <comment>churn reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower prices elsewhere</source>
        <comment>churn reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inability to work with the firm&apos;s partners</source>
        <comment>churn reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lack of attention and interest from the maker and the trade</source>
        <comment>churn reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of owner</source>
        <comment>churn reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of purchasing manager</source>
        <comment>churn reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation or temporary closure</source>
        <comment>churn reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>churn reason</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long: at most %1 bytes (letters such as ą or é take two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds characters that cannot be stored (control characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one line of text, without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the customer the person works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a stored contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a stored customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative for a purchase (log a refund as a return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for a return (the refunded amount, as a negative number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be zero or negative for a return: it is money given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only purchases and returns have an amount, not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only purchases and returns have a margin, not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the amount it is part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot exceed the amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between -2 (very dissatisfied) and +2 (delighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the episode&apos;s date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the previous stage change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a year between 1900 and 2200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;won back&quot; needs at least one win-back attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation is a business customer (B2B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies to people and households, not organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and 50 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: which consent text the customer agreed to or withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected name@domain.tld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (expected 3 to 20 digits, with spaces or + - ( ) . /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least the stage the partnership is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, text version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport will be in %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis: reading purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis: reading purchases (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis: fitting the purchase and spend models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis: reading customers and episodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis: reading customers and episodes (%1 rows)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis: storing the scores for the customer list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis: computing the reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceived quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceived value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacrifices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No win-back yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be done again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved a change to the same record while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.1.1 Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.1.2 Bonuses to the retailer&apos;s staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.1.3 Taking back unsold goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.2 Customer database upkeep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.3 Sales manager&apos;s pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.4 Other costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End partnership with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of partnership with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it ended, e.g. quality problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened, e.g. first joint order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: the stage before began on %1; a later stage cannot begin earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: please say why the partnership ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · High cost, frequent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Low cost, frequent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · High cost, rare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · Low cost, rare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancels an earlier purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancels %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; shows all when its name is chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalysisService</name>
    <message>
        <source>Analysis cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis of %L1 customers finished in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalysisSettingsDialog</name>
    <message>
        <source>Analysis settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the median of the buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD (Fader, Hardie and Lee 2005)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto/NBD (Schmittlein, Morrison and Colombo 1987)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost threshold (per purchase):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency threshold (purchases a month):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon of predicted value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost threshold: expected a positive amount such as 55.00, or nothing for the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency threshold: expected a positive number such as 0.5, or nothing for the median</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalyticsPage</name>
    <message>
        <source>&amp;Run analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse the whole base again in the background (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window, thresholds, model, horizon and discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a point or a bar to see the customers behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers behind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers behind a part of the chart, as a click on it shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 customers, the first %L3 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing in the background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis yet: Run analysis (F5) computes the charts in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 · window %2 months · %3 · horizon %4 months at %5 a month · thresholds %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the medians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2: the standard error exceeds the estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no standard error: the data do not pin it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sits on the optimiser&apos;s bound: the data push it without limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 fit did not converge: there are no P(alive) or predicted values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) is uninformative: it is at least %1 for every customer, so the at-risk rule (P(alive) below %2) never fires; only the rule by purchase intervals marks customers at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive), expected purchases and predicted values rest on parameters the data do not pin down: read them as rough guides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit did not converge: each repeat buyer&apos;s own average spend per purchase stands in for the predicted spend, the repeat buyers&apos; average for one-time buyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected spend per purchase, and so every predicted value, is uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by revenue, not profit: no purchase analysed carries a margin, so profit cannot rank customers. Classes, the Pareto curve and key customers are by revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase analysed carries a margin: profit figures are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak model fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was recorded as lost in the last year, but %L1 buyers lapsed (no purchase for over %2 usual intervals): see the churn tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was recorded as lost, but %L1 customers are lapsed now (no purchase for over %2 usual intervals)%3: see the churn tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the purchases cover less than a year, so there is no yearly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto curve of revenue (no margins recorded, so not of profit): the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto curve of %1: the top 20 % of customers bring %2 of it (benchmark 80 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80/20 benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 % of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four groups by purchase cost and frequency in the window (%1 buyers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%L2 · %3 of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 purchases a month, %3 a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases per month (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average purchase (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average purchase in %1 (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship ladder: customers per stage at the start of the window and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of the rung below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed now: %L1 (the purchases cover less than a year: no yearly rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed in the last year: %L1 (%2 of the buyers a year ago); lapsed now: %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why customers left: your shares beside the seed&apos;s benchmark (lost in the last year: %L1, value lost %2)&lt;br&gt;%3, not recorded as lost. Lost: recorded as lost with a reason. Lapsed: no purchase for over %4 usual intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lost customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark (middle of the seed&apos;s range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of lost customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lost customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value: no model could be fitted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of predicted value over the next %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEAK FIT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model fit: no model could be fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model fit: the check of repeat purchases is drawn for BG/NBD (choose it in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by BG/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model fit: customers by number of repeat purchases, seen and predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases (days with a purchase after the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AssessmentsTab</name>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged components of the return on the relationship. 1 is very little of it, 5 very much; for sacrifices and alternatives known more is worse for the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes an assessment entered by mistake; a changed view is a new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest view of this component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier view, kept as history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 very little … 5 very much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %L1 changes; rapport-cli audit lists more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else while you edited it. Nothing has been overwritten. Choose which version to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;saved version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team shares one customer base on a PostgreSQL server. Your administrator gives you its address and your login (see docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (local server only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: required, e.g. db.example.com or localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: required, e.g. rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: required, the name your administrator gave you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactPersonDialog</name>
    <message>
        <source>Edit contact person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. owner, purchasing manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides on purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of who decides is recorded as an episode: it is a known cause of churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until (the role ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until: the role cannot end before it began (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactPersonsTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is no longer the contact: the record stays as history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer the contact: kept as history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact who decides: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is no longer the contact from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) now decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) no longer decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays on the card as history. Add the successor as a new contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day in the role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CostLineDialog</name>
    <message>
        <source>Cost line for %L1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spread the amount over the %L1 customers (else each gets it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: expected an amount such as 1250.00, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: a cost cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CostsTab</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost line (table 7.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add cost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost %1 for %L2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cost %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDetailsView</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile (Ctrl+E); Edit &gt; Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, meeting, purchase … with this customer (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons at the customer, past ones kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;osts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost customer: when, why, and the win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer in the list to see the profile, contact persons and episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer #%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · archived on %1 (hidden from lists and analyses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · customer #%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet (prospect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing: %1, marketing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (margin %2) from 1 purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (margin %2) from %3 purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 episodes shown, newest first: double-click or press Enter here for older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown, newest first: double-click or press Enter here for older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue %1, margin %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores below are from an earlier analysis run; the details appear when the analysis has run in this session (Analytics page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis has run yet: open the Analytics page to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the next %2 months, discounted %3 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chance this customer still buys, from the purchase model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stage by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (value at stake %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longevity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months since the first episode (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases %1, revenue %2, profit from sales %3, relationship costs %4, profitability %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on average (−2 … +2), ratings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of which %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set ladder stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder stage back to the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer (B2C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business (B2B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sales manager of the team may see and edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several separated by commas, e.g. +48 601 234 567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired (a customer, no longer a prospect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests and preferences, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to the processing of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition cost: expected an amount such as 120.50, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerListModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomersPage</name>
    <message>
        <source>Search customers by name, e-mail, phone, tag or contact person (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales manager responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage on the relationship ladder (last analysis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by purchase cost and frequency (last analysis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn status (last analysis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived customers are hidden from lists and analyses until restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use and archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts on the selected customers (Shift or Ctrl to select several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;cost line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide from lists and analyses, keeping the whole history; Restore brings back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cost line of table 7.3 for each selected customer, or spread over them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export selection (XLSX, CSV or vCard)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading customers failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage, group and churn status are those of the last analysis run (Analytics &gt; Run analysis, F5 on the Analytics page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the %L1 selected customers? They leave the lists and the analyses but keep their history; Restore from archive, or Edit &gt; Undo, brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive customers (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore customers (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected customers are archived already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected customers is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales manager responsible for the selected customers (%L1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign owner %1 to customers (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag (an interest or preference) for the selected customers (%L1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag customers (%L1) with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv);;vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %L1 customers …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported customers (%L1) to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardPage</name>
    <message>
        <source>Active customers
(bought in the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20 % of customers&apos; share of revenue
(benchmark: 80 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn of last year&apos;s buyers
(lost: recorded · lapsed: by rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climbed in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four groups by purchase cost and frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of
revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average
revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk, by value at stake (double-click opens the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at
stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since
last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due (double-click opens the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All follow-ups on the Episodes page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose tasks: yours, a colleague&apos;s or everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks (%L1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the customer base in the background; the figures appear when it is done. Follow-ups are already listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis yet. It runs in the background when a database opens, and again with View &gt; Run analysis (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis of %L1 customers up to %2 (window %3 – %4), %5 model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 lost
%L2 lapsed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2) lost
%3 (%L4) lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 shown, the most valuable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown, the most valuable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All at risk in the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DateEdit</name>
    <message>
        <source>Type a date such as %1 or %2, or pick one from the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DemoDataJob</name>
    <message>
        <source>Generating demo data: %L1 customers with three years of history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicateHint</name>
    <message>
        <source>Open the &amp;existing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers with a similar name%2, e.g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly in the base already (%1): %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into the first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for customers who share an e-mail or phone or have nearly the same name …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probable duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate(s). Open the first to compare; merging moves everything of the others onto the first and cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the episodes, contact persons, tasks, costs and contact data of %1 onto customer #%2 and remove them? A merge cannot be undone, and Edit &gt; Undo forgets the changes made before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodeDialog</name>
    <message>
        <source>Log an episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone; Down to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 129.90 (negative for a return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: revenue minus cost of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: invoice or credit note number, e.g. 536365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: decides whether the relationship continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documen&amp;t no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-&amp;up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: choose one (type part of the name, then pick from the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: expected a number such as 129.90, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin: expected a number such as 40.00, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodeListModel</name>
    <message>
        <source>%1 (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodesPage</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected follow-up is done (Edit &gt; Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The next %n older follow-ups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::FollowUpList</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due: no follow-up is open for today or before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due today, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 shown, latest first: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown, latest first: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (vCard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day.month.year (31.12.2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month/day/year (12/31/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year-month-day (2025-12-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;customers for references not in the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep sales without a real customer (empty, &quot;(blank)&quot;, &quot;guest&quot; …) as anonymous sales: in the base&apos;s revenue, never a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a dry run: it says what the import would add, update and reject, and why, without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by the column headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %n vCard(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2, %3, dates %4, decimal %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first row the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous (choose!)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided from all %L1 rows: %L2 dates fix the day-month order, %L3 amounts show the decimal separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (letters, digits, spaces, - and _):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::LadderStageDialog</name>
    <message>
        <source>Ladder stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the rules (no stage set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. &quot;signed a framework agreement&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists and charts show the new stage after the next analysis run (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: required when a stage is set by hand, so that others know why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::LostCustomerTab</name>
    <message>
        <source>Lost on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: recorded here by a person, with a reason. Lapsed: the analysis sees no purchase for longer than the customer&apos;s usual rhythm; that is shown on the Relationship tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record lost customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;win-back attempt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record lost customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the customer left and why. The churn reasons chart and report count these beside the benchmarks of the seed; win-back attempts are logged against the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3 % of lost customers in the seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the customer&apos;s or your own words: what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was offered, e.g. 10 % off the next order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer and notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log win-back attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the win-back end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up waiting for the other program after %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done waiting for the other program (%n s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busy, waiting: another program is writing to this database (%n s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the customer base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has customers. Add %L1 demo customers to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record lost &amp;customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a customer without episodes, e.g. entered by mistake; Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;profile report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer profile report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+6&lt;/td&gt;&lt;td&gt;Dashboard, Customers, Episodes, Partnerships, Analytics, Reports&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Find a customer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+L&lt;/td&gt;&lt;td&gt;Log an episode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+E&lt;/td&gt;&lt;td&gt;Edit the customer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;Undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Run the analysis&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Reload the lists&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+B&lt;/td&gt;&lt;td&gt;Back up the database&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport 0.1&lt;/h3&gt;&lt;p&gt;A CRM for relationship marketing: customers, contact persons and every episode of the relationship on one timeline.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport could not open %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database – Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1, who owns the tables or bypasses row-level security: you see and can change every customer. Work with a login of a team member (rapport-cli team add-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with their contact persons, tasks and cost lines?

Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted; Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no customers yet.

Generate demo data (%L2 customers of a relationship-marketing business, three years of history) to explore Rapport?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or use File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite *.backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data cancelled; the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data failed; the database is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data of customer #%1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the name, address, e-mails, phones, tags, notes, consents and contact persons of %1, and the notes of their episodes, tasks and churn records?

Their episodes keep dates, kinds and amounts, so totals stay. This cannot be undone: back up first (File &gt; Back up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data of customer #%1 erased; the erasure is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import written. An import cannot be undone: Edit &gt; Undo starts afresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::PartnerNetworkView</name>
    <message>
        <source>Click a partner to open its card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnerships recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::PartnershipDialog</name>
    <message>
        <source>Edit partnership with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find the partner among the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value created together and shared, per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a c&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value shared: expected an amount such as 25000.00, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::PartnershipsPage</name>
    <message>
        <source>&amp;New partnership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation, experimentation, identification, renewal: each change is kept in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d (rupture)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value shared / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partnership with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partnership with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End partnership with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bonds:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Value shared per year:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Started:&lt;/b&gt; %3%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Ended:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stage history&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ReportsPage</name>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports appear here after the analysis has run (View &amp;gt; Run analysis, F5).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the analysis of %1; PDF and HTML show the first %2 rows of long tables, XLSX and CSV hold every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report yet: run the analysis first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Call back before the contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskIndicator</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the background work; nothing half-done is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskList</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 shown, oldest first, up to %2: %L3 overdue, %L4 due today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TasksTab</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task open again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
