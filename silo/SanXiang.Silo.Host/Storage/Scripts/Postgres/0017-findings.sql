-- Problem models (监督线索, issue 13 item 4). Findings themselves are not stored: each model is a query over the read
-- model (case_summaries, disclosures, published_officers, plan_agency_dates) joined to the agency closure, so a finding
-- appears and goes away with the facts it cites. What a person decided about them is stored here.

-- 忽略: a supervisor set a finding aside, with a reason, by whom and when. finding_id is the stable
-- SanXiang.Domain.Supervision.FindingIds text; the first dismissal stands.
CREATE TABLE finding_dismissals
(
    finding_id   text COLLATE "C" NOT NULL PRIMARY KEY,
    tenant       text COLLATE "C" NOT NULL,
    model        text COLLATE "C" NOT NULL,
    reason       text             NOT NULL,
    dismissed_by text             NOT NULL,
    dismissed_at timestamptz      NOT NULL
);

-- A problem model an agency switched off in its own lists and those of the agencies below it (an agency setting,
-- DOMAIN.md §10); a department above it still sees the findings, so an agency cannot hide a lead from its supervisor.
CREATE TABLE finding_model_switches
(
    tenant      text COLLATE "C" NOT NULL,
    model       text COLLATE "C" NOT NULL,
    reason      text             NOT NULL,
    switched_by text             NOT NULL,
    switched_at timestamptz      NOT NULL,
    PRIMARY KEY (tenant, model)
);
