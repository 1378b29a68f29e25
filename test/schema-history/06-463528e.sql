-- The schema made by the migrations at commit 463528ea3e2b894cdf422f41ebae35e74fd58f30
-- (2026-11-28: Mend: the web app takes Localized and the catalogue service's shape from the contracts instead of de).
-- Made by scripts/schema-snapshot.sh; loaded and upgraded by test/migrations.system-spec.ts.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: access_log_is_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.access_log_is_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      begin
        raise exception 'the access log is append-only: % is refused', tg_op using errcode = 'insufficient_privilege';
      end $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: access_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.access_log (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    user_id uuid NOT NULL,
    role text NOT NULL,
    team_id text,
    supplier_id uuid,
    client_id uuid NOT NULL,
    record text NOT NULL,
    record_id text,
    action text NOT NULL,
    purpose text NOT NULL,
    CONSTRAINT access_log_action_check CHECK ((action = ANY (ARRAY['read'::text, 'list'::text, 'create'::text, 'change'::text]))),
    CONSTRAINT access_log_purpose_check CHECK ((purpose = ANY (ARRAY['client_matter'::text, 'supervision'::text, 'statistics'::text]))),
    CONSTRAINT access_log_record_check CHECK ((record = ANY (ARRAY['client'::text, 'arrangement'::text, 'proposal'::text, 'timeline'::text, 'feedback'::text, 'evaluation'::text, 'visit'::text])))
);


--
-- Name: access_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.access_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: access_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.access_log_id_seq OWNED BY public.access_log.id;


--
-- Name: alert; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alert (
    arrangement_id uuid NOT NULL,
    seq integer NOT NULL,
    kind text NOT NULL,
    team_id text NOT NULL,
    raised_at timestamp with time zone NOT NULL,
    resolved_at timestamp with time zone
);


--
-- Name: app_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.app_user (
    id uuid NOT NULL,
    username text NOT NULL,
    full_name text NOT NULL,
    role text NOT NULL,
    profession text,
    team_id text,
    supplier_id uuid,
    disabled_at timestamp with time zone,
    CONSTRAINT app_user_check CHECK (((role = 'supplier'::text) = (supplier_id IS NOT NULL))),
    CONSTRAINT app_user_profession_check CHECK ((profession = ANY (ARRAY['social_worker'::text, 'social_counsellor'::text]))),
    CONSTRAINT app_user_role_check CHECK ((role = ANY (ARRAY['own_worker'::text, 'arranging'::text, 'team_lead'::text, 'procurement'::text, 'supplier'::text])))
);


--
-- Name: arrangement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.arrangement (
    id uuid NOT NULL,
    client_id uuid NOT NULL,
    service_code text NOT NULL,
    catalogue_version integer NOT NULL,
    legal_basis text NOT NULL,
    team_id text NOT NULL,
    own_worker_id uuid NOT NULL,
    status text NOT NULL,
    consultation_open boolean DEFAULT false NOT NULL,
    assignee_id uuid,
    way text,
    supplier_id uuid,
    contract_id uuid,
    hours_per_month integer,
    needs_assessed_on date NOT NULL,
    desired_start_on date,
    due_on date NOT NULL,
    proposal_revision_id uuid NOT NULL,
    decision_outcome text,
    decided_by uuid,
    decided_on date,
    period_start date,
    period_end date,
    appeal_deadline date,
    started_on date,
    access_days integer,
    last_event_seq integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    special_considerations text[] DEFAULT '{}'::text[] NOT NULL,
    period_no integer,
    period_ends_at timestamp with time zone,
    months_granted numeric,
    continuation_due_at timestamp with time zone,
    continuation_due boolean DEFAULT false NOT NULL,
    continuation_outcome text,
    reassessment_overdue_since timestamp with time zone,
    next_evaluation_due_at timestamp with time zone,
    evaluations_held integer DEFAULT 0 NOT NULL,
    ended_on date,
    end_reason text,
    change_status text,
    decision_notification text,
    CONSTRAINT arrangement_change_status_check CHECK ((change_status = ANY (ARRAY['requested'::text, 'granted'::text]))),
    CONSTRAINT arrangement_continuation_outcome_check CHECK ((continuation_outcome = ANY (ARRAY['continue'::text, 'end'::text]))),
    CONSTRAINT arrangement_decision_notification_check CHECK ((decision_notification = ANY (ARRAY['post'::text, 'electronic'::text, 'in_person'::text])))
);


--
-- Name: arrangement_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.arrangement_event (
    arrangement_id uuid NOT NULL,
    seq integer NOT NULL,
    type text NOT NULL,
    actor_id uuid NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    data jsonb NOT NULL
);


--
-- Name: arrangement_text; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.arrangement_text (
    id uuid NOT NULL,
    arrangement_id uuid NOT NULL,
    kind text NOT NULL,
    body jsonb NOT NULL,
    author_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: catalogue_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.catalogue_version (
    version integer NOT NULL,
    published_at timestamp with time zone DEFAULT now() NOT NULL,
    published_by uuid,
    services jsonb NOT NULL,
    note text,
    changed_codes text[] DEFAULT '{}'::text[] NOT NULL
);


--
-- Name: client; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client (
    id uuid NOT NULL,
    full_name text NOT NULL,
    date_of_birth date NOT NULL,
    municipality_code text NOT NULL,
    language text NOT NULL,
    legal_basis text NOT NULL,
    own_worker_id uuid NOT NULL,
    address text,
    contact_name text,
    contact_phone text,
    CONSTRAINT client_language_check CHECK ((language = ANY (ARRAY['fi'::text, 'sv'::text]))),
    CONSTRAINT client_legal_basis_check CHECK ((legal_basis = ANY (ARRAY['SHL'::text, 'LsL'::text])))
);


--
-- Name: cost_centre; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cost_centre (
    code text NOT NULL,
    name_fi text NOT NULL,
    name_sv text NOT NULL
);


--
-- Name: decision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.decision (
    arrangement_id uuid NOT NULL,
    seq integer NOT NULL,
    outcome text NOT NULL,
    decided_by uuid NOT NULL,
    decided_on date NOT NULL,
    period_start date,
    period_end date,
    appeal_deadline date,
    reason_text_id uuid,
    kind text DEFAULT 'initial'::text NOT NULL,
    ended_on date,
    notification text DEFAULT 'post'::text NOT NULL,
    CONSTRAINT decision_kind_check CHECK ((kind = ANY (ARRAY['initial'::text, 'continuation'::text, 'change'::text]))),
    CONSTRAINT decision_notification_check CHECK ((notification = ANY (ARRAY['post'::text, 'electronic'::text, 'in_person'::text]))),
    CONSTRAINT decision_outcome_check CHECK ((outcome = ANY (ARRAY['granted'::text, 'denied'::text])))
);


--
-- Name: evaluation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation (
    arrangement_id uuid NOT NULL,
    seq integer NOT NULL,
    held_on date NOT NULL,
    participants text[] NOT NULL,
    goals_progress text NOT NULL,
    notes_text_id uuid,
    recorded_by uuid NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    next_due_at timestamp with time zone
);


--
-- Name: feedback; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback (
    id uuid NOT NULL,
    external_id text,
    arrangement_id uuid NOT NULL,
    service_code text NOT NULL,
    supplier_id uuid,
    respondent text NOT NULL,
    answered_on date NOT NULL,
    heard smallint,
    right_things smallint,
    parent_coping smallint,
    family_relations smallint,
    influence smallint,
    recommend smallint,
    serious_concern boolean DEFAULT false NOT NULL,
    texts jsonb DEFAULT '{}'::jsonb NOT NULL,
    duration text,
    municipality_code text,
    bad_reasons text[] DEFAULT '{}'::text[] NOT NULL,
    received_via text NOT NULL,
    recorded_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT feedback_family_relations_check CHECK (((family_relations >= 1) AND (family_relations <= 4))),
    CONSTRAINT feedback_heard_check CHECK (((heard >= 1) AND (heard <= 4))),
    CONSTRAINT feedback_influence_check CHECK (((influence >= 1) AND (influence <= 4))),
    CONSTRAINT feedback_parent_coping_check CHECK (((parent_coping >= 1) AND (parent_coping <= 4))),
    CONSTRAINT feedback_received_via_check CHECK ((received_via = ANY (ARRAY['api'::text, 'import'::text]))),
    CONSTRAINT feedback_recommend_check CHECK (((recommend >= 0) AND (recommend <= 10))),
    CONSTRAINT feedback_respondent_check CHECK ((respondent = ANY (ARRAY['family'::text, 'own_worker'::text]))),
    CONSTRAINT feedback_right_things_check CHECK (((right_things >= 1) AND (right_things <= 4)))
);


--
-- Name: feedback_request; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback_request (
    arrangement_id uuid NOT NULL,
    supplier_id uuid,
    service_code text NOT NULL,
    own_worker_id uuid NOT NULL,
    ended_on date NOT NULL,
    requested_at timestamp with time zone NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    CONSTRAINT feedback_request_status_check CHECK ((status = ANY (ARRAY['open'::text, 'answered'::text])))
);


--
-- Name: feedback_rule_set; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback_rule_set (
    version integer NOT NULL,
    rules jsonb NOT NULL,
    note text,
    changed_by uuid,
    changed_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: idempotency_key; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.idempotency_key (
    user_id uuid NOT NULL,
    key text NOT NULL,
    request_hash text NOT NULL,
    method text NOT NULL,
    path text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    completed_at timestamp with time zone
);


--
-- Name: migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.migrations (
    id integer NOT NULL,
    "timestamp" bigint NOT NULL,
    name character varying NOT NULL
);


--
-- Name: migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: migrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.migrations_id_seq OWNED BY public.migrations.id;


--
-- Name: municipality; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.municipality (
    code text NOT NULL,
    name_fi text NOT NULL,
    name_sv text NOT NULL
);


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    id bigint NOT NULL,
    message_key text NOT NULL,
    topic text NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    delivered_at timestamp with time zone
);


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbox_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.outbox_id_seq OWNED BY public.outbox.id;


--
-- Name: own_worker_handover; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.own_worker_handover (
    id uuid NOT NULL,
    client_id uuid NOT NULL,
    from_worker_id uuid NOT NULL,
    to_worker_id uuid NOT NULL,
    handed_over_on date NOT NULL,
    reason text NOT NULL,
    handed_over_by uuid NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: payment_commitment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment_commitment (
    arrangement_id uuid NOT NULL,
    seq integer NOT NULL,
    kind text NOT NULL,
    supplier_id uuid,
    contract_id uuid,
    cost_centre_code text NOT NULL,
    units_per_month integer,
    unit text,
    unit_price_cents integer,
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    closed_on date,
    CONSTRAINT payment_commitment_kind_check CHECK ((kind = ANY (ARRAY['payment_commitment'::text, 'internal_order'::text, 'service_voucher'::text]))),
    CONSTRAINT payment_commitment_status_check CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text])))
);


--
-- Name: planned_visit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.planned_visit (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    visit_key text NOT NULL,
    supplier_id uuid NOT NULL,
    due_at timestamp with time zone NOT NULL,
    status text DEFAULT 'due'::text NOT NULL,
    visited_on date,
    concern boolean,
    findings jsonb,
    recorded_by uuid,
    recorded_at timestamp with time zone,
    CONSTRAINT planned_visit_status_check CHECK ((status = ANY (ARRAY['due'::text, 'done'::text])))
);


--
-- Name: supervision_case; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supervision_case (
    id uuid NOT NULL,
    supplier_id uuid NOT NULL,
    number integer NOT NULL,
    status text NOT NULL,
    outcome text,
    procurement_involved boolean DEFAULT false NOT NULL,
    clarification_deadline_at timestamp with time zone,
    corrective_action_due_on date,
    follow_up_at timestamp with time zone,
    terminated_service_code text,
    opened_at timestamp with time zone DEFAULT now() NOT NULL,
    closed_at timestamp with time zone,
    last_event_seq integer DEFAULT 0 NOT NULL
);


--
-- Name: supervision_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supervision_event (
    case_id uuid NOT NULL,
    seq integer NOT NULL,
    type text NOT NULL,
    actor_id uuid NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    data jsonb NOT NULL
);


--
-- Name: supervision_finding; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supervision_finding (
    id uuid NOT NULL,
    supplier_id uuid NOT NULL,
    source text NOT NULL,
    feedback_id uuid,
    planned_visit_id uuid,
    reasons text[] NOT NULL,
    case_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    delivered_at timestamp with time zone,
    CONSTRAINT supervision_finding_source_check CHECK ((source = ANY (ARRAY['feedback'::text, 'planned_visit'::text])))
);


--
-- Name: supervision_text; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supervision_text (
    id uuid NOT NULL,
    case_id uuid NOT NULL,
    kind text NOT NULL,
    body jsonb NOT NULL,
    author_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: supplier; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supplier (
    id uuid NOT NULL,
    business_id text NOT NULL,
    name text NOT NULL,
    own_production boolean DEFAULT false NOT NULL
);


--
-- Name: supplier_contract; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supplier_contract (
    id uuid NOT NULL,
    supplier_id uuid NOT NULL,
    service_code text NOT NULL,
    unit text NOT NULL,
    unit_price_cents integer NOT NULL,
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    cancellation_terms jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT supplier_contract_check CHECK ((valid_from <= valid_to)),
    CONSTRAINT supplier_contract_status_check CHECK ((status = ANY (ARRAY['active'::text, 'terminated'::text]))),
    CONSTRAINT supplier_contract_unit_check CHECK ((unit = ANY (ARRAY['hour'::text, 'day'::text, 'month'::text]))),
    CONSTRAINT supplier_contract_unit_price_cents_check CHECK ((unit_price_cents > 0))
);


--
-- Name: team; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.team (
    id text NOT NULL,
    kind text NOT NULL,
    legal_basis text,
    name_fi text NOT NULL,
    name_sv text NOT NULL,
    name_en text NOT NULL,
    CONSTRAINT team_kind_check CHECK ((kind = ANY (ARRAY['own_workers'::text, 'arranging'::text, 'management'::text, 'procurement'::text]))),
    CONSTRAINT team_legal_basis_check CHECK ((legal_basis = ANY (ARRAY['SHL'::text, 'LsL'::text])))
);


--
-- Name: team_lead; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.team_lead (
    user_id uuid NOT NULL,
    team_id text NOT NULL
);


--
-- Name: unmet_need; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unmet_need (
    arrangement_id uuid NOT NULL,
    seq integer NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    recorded_by uuid NOT NULL,
    service_code text NOT NULL,
    reason_text_id uuid,
    resolved_at timestamp with time zone
);


--
-- Name: visit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visit (
    id uuid NOT NULL,
    arrangement_id uuid NOT NULL,
    visit_on date NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    hours numeric(5,2) NOT NULL,
    status text NOT NULL,
    cancelled_by text,
    cancelled_at timestamp with time zone,
    notice_hours numeric(8,2),
    charged_hours numeric(5,2) NOT NULL,
    recorded_by uuid NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT visit_cancelled_by_check CHECK ((cancelled_by = ANY (ARRAY['client'::text, 'supplier'::text]))),
    CONSTRAINT visit_charged_hours_check CHECK ((charged_hours >= (0)::numeric)),
    CONSTRAINT visit_check CHECK (((status = 'cancelled'::text) = ((cancelled_by IS NOT NULL) AND (cancelled_at IS NOT NULL)))),
    CONSTRAINT visit_hours_check CHECK ((hours > (0)::numeric)),
    CONSTRAINT visit_status_check CHECK ((status = ANY (ARRAY['delivered'::text, 'cancelled'::text])))
);


--
-- Name: access_log id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_log ALTER COLUMN id SET DEFAULT nextval('public.access_log_id_seq'::regclass);


--
-- Name: migrations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.migrations ALTER COLUMN id SET DEFAULT nextval('public.migrations_id_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox ALTER COLUMN id SET DEFAULT nextval('public.outbox_id_seq'::regclass);


--
-- Name: migrations PK_8c82d7f526340ab734260ea46be; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.migrations
    ADD CONSTRAINT "PK_8c82d7f526340ab734260ea46be" PRIMARY KEY (id);


--
-- Name: access_log access_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_log
    ADD CONSTRAINT access_log_pkey PRIMARY KEY (id);


--
-- Name: alert alert_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert
    ADD CONSTRAINT alert_pkey PRIMARY KEY (arrangement_id, seq);


--
-- Name: app_user app_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_user
    ADD CONSTRAINT app_user_pkey PRIMARY KEY (id);


--
-- Name: app_user app_user_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_user
    ADD CONSTRAINT app_user_username_key UNIQUE (username);


--
-- Name: arrangement_event arrangement_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement_event
    ADD CONSTRAINT arrangement_event_pkey PRIMARY KEY (arrangement_id, seq);


--
-- Name: arrangement arrangement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement
    ADD CONSTRAINT arrangement_pkey PRIMARY KEY (id);


--
-- Name: arrangement_text arrangement_text_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement_text
    ADD CONSTRAINT arrangement_text_pkey PRIMARY KEY (id);


--
-- Name: catalogue_version catalogue_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalogue_version
    ADD CONSTRAINT catalogue_version_pkey PRIMARY KEY (version);


--
-- Name: client client_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client
    ADD CONSTRAINT client_pkey PRIMARY KEY (id);


--
-- Name: cost_centre cost_centre_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cost_centre
    ADD CONSTRAINT cost_centre_pkey PRIMARY KEY (code);


--
-- Name: decision decision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision
    ADD CONSTRAINT decision_pkey PRIMARY KEY (arrangement_id, seq);


--
-- Name: evaluation evaluation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_pkey PRIMARY KEY (arrangement_id, seq);


--
-- Name: feedback feedback_external_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback
    ADD CONSTRAINT feedback_external_id_key UNIQUE (external_id);


--
-- Name: feedback feedback_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback
    ADD CONSTRAINT feedback_pkey PRIMARY KEY (id);


--
-- Name: feedback_request feedback_request_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_request
    ADD CONSTRAINT feedback_request_pkey PRIMARY KEY (arrangement_id);


--
-- Name: feedback_rule_set feedback_rule_set_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_rule_set
    ADD CONSTRAINT feedback_rule_set_pkey PRIMARY KEY (version);


--
-- Name: idempotency_key idempotency_key_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idempotency_key
    ADD CONSTRAINT idempotency_key_pkey PRIMARY KEY (user_id, key);


--
-- Name: municipality municipality_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.municipality
    ADD CONSTRAINT municipality_pkey PRIMARY KEY (code);


--
-- Name: outbox outbox_message_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_message_key_key UNIQUE (message_key);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: own_worker_handover own_worker_handover_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.own_worker_handover
    ADD CONSTRAINT own_worker_handover_pkey PRIMARY KEY (id);


--
-- Name: payment_commitment payment_commitment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_commitment
    ADD CONSTRAINT payment_commitment_pkey PRIMARY KEY (arrangement_id, seq);


--
-- Name: planned_visit planned_visit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.planned_visit
    ADD CONSTRAINT planned_visit_pkey PRIMARY KEY (id);


--
-- Name: planned_visit planned_visit_visit_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.planned_visit
    ADD CONSTRAINT planned_visit_visit_key_key UNIQUE (visit_key);


--
-- Name: supervision_case supervision_case_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_case
    ADD CONSTRAINT supervision_case_pkey PRIMARY KEY (id);


--
-- Name: supervision_case supervision_case_supplier_id_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_case
    ADD CONSTRAINT supervision_case_supplier_id_number_key UNIQUE (supplier_id, number);


--
-- Name: supervision_event supervision_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_event
    ADD CONSTRAINT supervision_event_pkey PRIMARY KEY (case_id, seq);


--
-- Name: supervision_finding supervision_finding_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_finding
    ADD CONSTRAINT supervision_finding_pkey PRIMARY KEY (id);


--
-- Name: supervision_text supervision_text_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_text
    ADD CONSTRAINT supervision_text_pkey PRIMARY KEY (id);


--
-- Name: supplier supplier_business_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supplier
    ADD CONSTRAINT supplier_business_id_key UNIQUE (business_id);


--
-- Name: supplier_contract supplier_contract_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supplier_contract
    ADD CONSTRAINT supplier_contract_pkey PRIMARY KEY (id);


--
-- Name: supplier supplier_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supplier
    ADD CONSTRAINT supplier_pkey PRIMARY KEY (id);


--
-- Name: team_lead team_lead_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.team_lead
    ADD CONSTRAINT team_lead_pkey PRIMARY KEY (user_id, team_id);


--
-- Name: team team_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.team
    ADD CONSTRAINT team_pkey PRIMARY KEY (id);


--
-- Name: unmet_need unmet_need_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unmet_need
    ADD CONSTRAINT unmet_need_pkey PRIMARY KEY (arrangement_id, seq);


--
-- Name: visit visit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit
    ADD CONSTRAINT visit_pkey PRIMARY KEY (id);


--
-- Name: access_log_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX access_log_client ON public.access_log USING btree (client_id, at DESC);


--
-- Name: alert_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alert_open ON public.alert USING btree (team_id, raised_at) WHERE (resolved_at IS NULL);


--
-- Name: arrangement_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_client ON public.arrangement USING btree (client_id);


--
-- Name: arrangement_own_worker; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_own_worker ON public.arrangement USING btree (own_worker_id, created_at);


--
-- Name: arrangement_queue; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_queue ON public.arrangement USING btree (team_id, due_on, id);


--
-- Name: arrangement_running_evaluation; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_running_evaluation ON public.arrangement USING btree (next_evaluation_due_at) WHERE (status = ANY (ARRAY['active'::text, 'reassessment_overdue'::text]));


--
-- Name: arrangement_running_period; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_running_period ON public.arrangement USING btree (period_ends_at) WHERE (status = ANY (ARRAY['active'::text, 'reassessment_overdue'::text]));


--
-- Name: arrangement_text_arrangement; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_text_arrangement ON public.arrangement_text USING btree (arrangement_id, created_at);


--
-- Name: client_own_worker; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX client_own_worker ON public.client USING btree (own_worker_id);


--
-- Name: feedback_arrangement; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_arrangement ON public.feedback USING btree (arrangement_id);


--
-- Name: feedback_supplier; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_supplier ON public.feedback USING btree (supplier_id, service_code, answered_on);


--
-- Name: idempotency_key_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idempotency_key_created ON public.idempotency_key USING btree (created_at);


--
-- Name: own_worker_handover_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX own_worker_handover_client ON public.own_worker_handover USING btree (client_id, recorded_at);


--
-- Name: planned_visit_supplier; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX planned_visit_supplier ON public.planned_visit USING btree (supplier_id, due_at);


--
-- Name: supervision_case_one_open; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX supervision_case_one_open ON public.supervision_case USING btree (supplier_id) WHERE (status <> 'closed'::text);


--
-- Name: supervision_finding_pending; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX supervision_finding_pending ON public.supervision_finding USING btree (created_at) WHERE (delivered_at IS NULL);


--
-- Name: supplier_contract_service; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX supplier_contract_service ON public.supplier_contract USING btree (service_code, supplier_id);


--
-- Name: team_arranging_per_basis; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX team_arranging_per_basis ON public.team USING btree (legal_basis) WHERE (kind = 'arranging'::text);


--
-- Name: visit_arrangement; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_arrangement ON public.visit USING btree (arrangement_id, visit_on);


--
-- Name: access_log access_log_no_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER access_log_no_change BEFORE DELETE OR UPDATE ON public.access_log FOR EACH ROW EXECUTE FUNCTION public.access_log_is_append_only();


--
-- Name: access_log access_log_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON public.access_log FOR EACH STATEMENT EXECUTE FUNCTION public.access_log_is_append_only();


--
-- Name: alert alert_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert
    ADD CONSTRAINT alert_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


--
-- Name: alert alert_team_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert
    ADD CONSTRAINT alert_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.team(id);


--
-- Name: app_user app_user_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_user
    ADD CONSTRAINT app_user_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


--
-- Name: app_user app_user_team_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_user
    ADD CONSTRAINT app_user_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.team(id);


--
-- Name: arrangement arrangement_assignee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement
    ADD CONSTRAINT arrangement_assignee_id_fkey FOREIGN KEY (assignee_id) REFERENCES public.app_user(id);


--
-- Name: arrangement arrangement_catalogue_version_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement
    ADD CONSTRAINT arrangement_catalogue_version_fkey FOREIGN KEY (catalogue_version) REFERENCES public.catalogue_version(version);


--
-- Name: arrangement arrangement_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement
    ADD CONSTRAINT arrangement_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: arrangement arrangement_contract_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement
    ADD CONSTRAINT arrangement_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES public.supplier_contract(id);


--
-- Name: arrangement arrangement_decided_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement
    ADD CONSTRAINT arrangement_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES public.app_user(id);


--
-- Name: arrangement_event arrangement_event_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement_event
    ADD CONSTRAINT arrangement_event_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


--
-- Name: arrangement arrangement_own_worker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement
    ADD CONSTRAINT arrangement_own_worker_id_fkey FOREIGN KEY (own_worker_id) REFERENCES public.app_user(id);


--
-- Name: arrangement arrangement_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement
    ADD CONSTRAINT arrangement_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


--
-- Name: arrangement arrangement_team_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement
    ADD CONSTRAINT arrangement_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.team(id);


--
-- Name: arrangement_text arrangement_text_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement_text
    ADD CONSTRAINT arrangement_text_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.app_user(id);


--
-- Name: catalogue_version catalogue_version_published_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalogue_version
    ADD CONSTRAINT catalogue_version_published_by_fkey FOREIGN KEY (published_by) REFERENCES public.app_user(id);


--
-- Name: client client_municipality_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client
    ADD CONSTRAINT client_municipality_code_fkey FOREIGN KEY (municipality_code) REFERENCES public.municipality(code);


--
-- Name: client client_own_worker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client
    ADD CONSTRAINT client_own_worker_id_fkey FOREIGN KEY (own_worker_id) REFERENCES public.app_user(id);


--
-- Name: decision decision_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision
    ADD CONSTRAINT decision_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


--
-- Name: decision decision_decided_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision
    ADD CONSTRAINT decision_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES public.app_user(id);


--
-- Name: evaluation evaluation_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


--
-- Name: evaluation evaluation_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.app_user(id);


--
-- Name: feedback feedback_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback
    ADD CONSTRAINT feedback_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id);


--
-- Name: feedback feedback_municipality_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback
    ADD CONSTRAINT feedback_municipality_code_fkey FOREIGN KEY (municipality_code) REFERENCES public.municipality(code);


--
-- Name: feedback feedback_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback
    ADD CONSTRAINT feedback_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.app_user(id);


--
-- Name: feedback_request feedback_request_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_request
    ADD CONSTRAINT feedback_request_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


--
-- Name: feedback_request feedback_request_own_worker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_request
    ADD CONSTRAINT feedback_request_own_worker_id_fkey FOREIGN KEY (own_worker_id) REFERENCES public.app_user(id);


--
-- Name: feedback_request feedback_request_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_request
    ADD CONSTRAINT feedback_request_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


--
-- Name: feedback_rule_set feedback_rule_set_changed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_rule_set
    ADD CONSTRAINT feedback_rule_set_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES public.app_user(id);


--
-- Name: feedback feedback_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback
    ADD CONSTRAINT feedback_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


--
-- Name: own_worker_handover own_worker_handover_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.own_worker_handover
    ADD CONSTRAINT own_worker_handover_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: own_worker_handover own_worker_handover_from_worker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.own_worker_handover
    ADD CONSTRAINT own_worker_handover_from_worker_id_fkey FOREIGN KEY (from_worker_id) REFERENCES public.app_user(id);


--
-- Name: own_worker_handover own_worker_handover_handed_over_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.own_worker_handover
    ADD CONSTRAINT own_worker_handover_handed_over_by_fkey FOREIGN KEY (handed_over_by) REFERENCES public.app_user(id);


--
-- Name: own_worker_handover own_worker_handover_to_worker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.own_worker_handover
    ADD CONSTRAINT own_worker_handover_to_worker_id_fkey FOREIGN KEY (to_worker_id) REFERENCES public.app_user(id);


--
-- Name: payment_commitment payment_commitment_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_commitment
    ADD CONSTRAINT payment_commitment_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


--
-- Name: payment_commitment payment_commitment_contract_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_commitment
    ADD CONSTRAINT payment_commitment_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES public.supplier_contract(id);


--
-- Name: payment_commitment payment_commitment_cost_centre_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_commitment
    ADD CONSTRAINT payment_commitment_cost_centre_code_fkey FOREIGN KEY (cost_centre_code) REFERENCES public.cost_centre(code);


--
-- Name: payment_commitment payment_commitment_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_commitment
    ADD CONSTRAINT payment_commitment_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


--
-- Name: planned_visit planned_visit_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.planned_visit
    ADD CONSTRAINT planned_visit_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.app_user(id);


--
-- Name: planned_visit planned_visit_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.planned_visit
    ADD CONSTRAINT planned_visit_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


--
-- Name: supervision_case supervision_case_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_case
    ADD CONSTRAINT supervision_case_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


--
-- Name: supervision_event supervision_event_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_event
    ADD CONSTRAINT supervision_event_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.supervision_case(id);


--
-- Name: supervision_finding supervision_finding_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_finding
    ADD CONSTRAINT supervision_finding_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.supervision_case(id);


--
-- Name: supervision_finding supervision_finding_feedback_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_finding
    ADD CONSTRAINT supervision_finding_feedback_id_fkey FOREIGN KEY (feedback_id) REFERENCES public.feedback(id);


--
-- Name: supervision_finding supervision_finding_planned_visit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_finding
    ADD CONSTRAINT supervision_finding_planned_visit_id_fkey FOREIGN KEY (planned_visit_id) REFERENCES public.planned_visit(id);


--
-- Name: supervision_finding supervision_finding_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_finding
    ADD CONSTRAINT supervision_finding_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


--
-- Name: supervision_text supervision_text_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_text
    ADD CONSTRAINT supervision_text_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.app_user(id);


--
-- Name: supervision_text supervision_text_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_text
    ADD CONSTRAINT supervision_text_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.supervision_case(id);


--
-- Name: supplier_contract supplier_contract_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supplier_contract
    ADD CONSTRAINT supplier_contract_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


--
-- Name: team_lead team_lead_team_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.team_lead
    ADD CONSTRAINT team_lead_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.team(id);


--
-- Name: team_lead team_lead_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.team_lead
    ADD CONSTRAINT team_lead_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.app_user(id);


--
-- Name: unmet_need unmet_need_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unmet_need
    ADD CONSTRAINT unmet_need_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


--
-- Name: unmet_need unmet_need_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unmet_need
    ADD CONSTRAINT unmet_need_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.app_user(id);


--
-- Name: visit visit_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit
    ADD CONSTRAINT visit_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


--
-- Name: visit visit_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit
    ADD CONSTRAINT visit_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.app_user(id);


--
-- PostgreSQL database dump complete
--


--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Data for Name: migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.migrations VALUES (1, 1763880000000, 'InitialSchema1763880000000');
INSERT INTO public.migrations VALUES (2, 1763900000000, 'CatalogueVersions1763900000000');
INSERT INTO public.migrations VALUES (3, 1763920000000, 'RunningService1763920000000');
INSERT INTO public.migrations VALUES (4, 1763940000000, 'FeedbackAndSupervision1763940000000');
INSERT INTO public.migrations VALUES (5, 1764300000000, 'FinnishDays1764300000000');
INSERT INTO public.migrations VALUES (6, 1764310000000, 'IdempotencyKeys1764310000000');
INSERT INTO public.migrations VALUES (7, 1764320000000, 'AccessLog1764320000000');
INSERT INTO public.migrations VALUES (8, 1764330000000, 'People1764330000000');
INSERT INTO public.migrations VALUES (9, 1764340000000, 'TeamLeadsAndClientContact1764340000000');


--
-- Name: migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.migrations_id_seq', 9, true);


--
-- PostgreSQL database dump complete
--


