-- A case list filtered by status (办理中, 已结案) reads its page in filing order from this index: without it the
-- list walked the agency's whole filing-order index, skipping the other status's cases, so an agency of
-- 1 000 000 cases with none of that status took about a second a page (the scale benchmark).
CREATE INDEX case_summaries_by_status ON case_summaries (tenant, status, opened_at DESC, case_id DESC);
