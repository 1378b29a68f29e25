-- The schema made by the migrations at commit cfc8c49192dfd27e25a8d54cba84493ff91dc77c
-- (2026-12-06: Tests: the catalogue page object publishes again after a refusal for a newer version, as the alert t).
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


--
-- Name: contract_price_on(uuid, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.contract_price_on(contract uuid, day date) RETURNS integer
    LANGUAGE sql STABLE
    AS $$
        select coalesce(
          (select p.unit_price_cents from contract_price p
            where p.contract_id = contract and p.from_on <= day order by p.from_on desc limit 1),
          (select c.unit_price_cents from supplier_contract c where c.id = contract))
      $$;


--
-- Name: delivered_month_add(uuid, text, date, numeric, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.delivered_month_add(supplier uuid, service text, day date, delivered numeric, sign integer) RETURNS void
    LANGUAGE sql
    AS $$
        insert into delivered_month as m (month, supplier_id, service_code, visits, hours)
        select date_trunc('month', day::timestamp)::date, supplier, service, sign, sign * delivered
        where supplier is not null
        on conflict (month, supplier_id, service_code) do update
          set visits = m.visits + excluded.visits, hours = m.hours + excluded.hours;
        delete from delivered_month m
        where m.month = date_trunc('month', day::timestamp)::date and m.supplier_id = supplier
          and m.service_code = service and m.visits = 0;
      $$;


--
-- Name: delivered_month_arrangement(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.delivered_month_arrangement() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      begin
        perform delivered_month_add(old.supplier_id, old.service_code, v.visit_on, v.hours, -1)
        from visit v where v.arrangement_id = old.id and v.status = 'delivered';
        if tg_op = 'UPDATE' then
          perform delivered_month_add(new.supplier_id, new.service_code, v.visit_on, v.hours, 1)
          from visit v where v.arrangement_id = new.id and v.status = 'delivered';
        end if;
        if tg_op = 'DELETE' then return old; end if;
        return null;
      end $$;


--
-- Name: delivered_month_rebuild(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.delivered_month_rebuild() RETURNS void
    LANGUAGE sql
    AS $$
        delete from delivered_month;
        insert into delivered_month (month, supplier_id, service_code, visits, hours)
        select date_trunc('month', v.visit_on::timestamp)::date, a.supplier_id, a.service_code, count(*), sum(v.hours)
        from visit v join arrangement a on a.id = v.arrangement_id
        where v.status = 'delivered' and a.supplier_id is not null
        group by 1, 2, 3;
      $$;


--
-- Name: delivered_month_visit(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.delivered_month_visit() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      declare a record;
      begin
        if tg_op <> 'INSERT' and old.status = 'delivered' then
          select supplier_id, service_code into a from arrangement where id = old.arrangement_id;
          -- No arrangement: it is being deleted, and took its hours away before (delivered_month_arrangement).
          if found then
            perform delivered_month_add(a.supplier_id, a.service_code, old.visit_on, old.hours, -1);
          end if;
        end if;
        if tg_op <> 'DELETE' and new.status = 'delivered' then
          select supplier_id, service_code into a from arrangement where id = new.arrangement_id;
          perform delivered_month_add(a.supplier_id, a.service_code, new.visit_on, new.hours, 1);
        end if;
        return null;
      end $$;


--
-- Name: purchase_month_changed(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.purchase_month_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $_$
      begin
        -- The statement's rows: added (+) or removed (-), by the name of their transition table.
        execute format(
          'insert into purchase_month as p (month, kind, service_code, municipality_code, rows, charged_hours, cost_cents)
           select m.month, m.kind, m.service_code, c.municipality_code, %1$s * count(*), %1$s * sum(m.charged_hours),
                  %1$s * sum(m.cost_cents)
           from %2$I m join client c on c.id = m.client_id
           group by 1, 2, 3, 4
           on conflict (month, kind, service_code, municipality_code) do update
             set rows = p.rows + excluded.rows, charged_hours = p.charged_hours + excluded.charged_hours,
                 cost_cents = p.cost_cents + excluded.cost_cents',
          case tg_op when 'INSERT' then 1 else -1 end, case tg_op when 'INSERT' then 'added' else 'removed' end);
        delete from purchase_month where rows = 0;
        return null;
      end $_$;


--
-- Name: purchase_month_client_moved(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.purchase_month_client_moved() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      begin
        insert into purchase_month as p (month, kind, service_code, municipality_code, rows, charged_hours, cost_cents)
        select m.month, m.kind, m.service_code, x.municipality_code, x.sign * count(*), x.sign * sum(m.charged_hours),
               x.sign * sum(m.cost_cents)
        from visit_charge_month m
        cross join (values (old.municipality_code, -1), (new.municipality_code, 1)) x(municipality_code, sign)
        where m.client_id = new.id
        group by 1, 2, 3, 4, x.sign
        on conflict (month, kind, service_code, municipality_code) do update
          set rows = p.rows + excluded.rows, charged_hours = p.charged_hours + excluded.charged_hours,
              cost_cents = p.cost_cents + excluded.cost_cents;
        delete from purchase_month where rows = 0;
        return null;
      end $$;


--
-- Name: visit_charge_month_changed(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.visit_charge_month_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
      begin
        if tg_op <> 'INSERT' then perform visit_charge_month_refresh(old.arrangement_id); end if;
        if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.arrangement_id <> old.arrangement_id) then
          perform visit_charge_month_refresh(new.arrangement_id);
        end if;
        return null;
      end $$;


--
-- Name: visit_charge_month_rebuild(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.visit_charge_month_rebuild() RETURNS void
    LANGUAGE sql
    AS $$
        delete from visit_charge_month;
        insert into visit_charge_month (arrangement_id, month, kind, service_code, client_id, charged_hours, cost_cents)
        select vc.arrangement_id, date_trunc('month', vc.charged_on::timestamp)::date, vc.kind, a.service_code, a.client_id,
               sum(vc.charged_hours), coalesce(sum(vc.units * vc.unit_price_cents), 0)
        from visit_charge vc join arrangement a on a.id = vc.arrangement_id
        group by 1, 2, 3, 4, 5;
      $$;


--
-- Name: visit_charge_month_refresh(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.visit_charge_month_refresh(arrangement uuid) RETURNS void
    LANGUAGE plpgsql
    AS $$
      begin
        perform pg_advisory_xact_lock(hashtextextended('visit_charge_month ' || arrangement::text, 0));
        delete from visit_charge_month where arrangement_id = arrangement;
        insert into visit_charge_month (arrangement_id, month, kind, service_code, client_id, charged_hours, cost_cents)
        select vc.arrangement_id, date_trunc('month', vc.charged_on::timestamp)::date, vc.kind, a.service_code, a.client_id,
               sum(vc.charged_hours), coalesce(sum(vc.units * vc.unit_price_cents), 0)
        from visit_charge vc join arrangement a on a.id = vc.arrangement_id
        where vc.arrangement_id = arrangement
        group by 1, 2, 3, 4, 5;
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
    CONSTRAINT access_log_record_check CHECK ((record = ANY (ARRAY['client'::text, 'arrangement'::text, 'proposal'::text, 'timeline'::text, 'feedback'::text, 'evaluation'::text, 'visit'::text, 'decision_letter'::text, 'aftercare'::text, 'client_plan'::text])))
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
-- Name: aftercare; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.aftercare (
    client_id uuid NOT NULL,
    basis text NOT NULL,
    started_on date NOT NULL,
    ends_on date NOT NULL,
    placing_county text NOT NULL,
    residence_county text NOT NULL,
    plan_agreed_on date,
    responsible_name text,
    responsible_team text,
    responsible_phone text,
    responsible_email text,
    other_contact_name text,
    other_contact_team text,
    other_contact_phone text,
    other_contact_email text,
    recorded_by uuid NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT aftercare_basis_check CHECK ((basis = ANY (ARRAY['placement'::text, 'open_care_support'::text]))),
    CONSTRAINT aftercare_check CHECK ((started_on <= ends_on))
);


--
-- Name: aftercare_cost_told; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.aftercare_cost_told (
    service_id uuid NOT NULL,
    month date NOT NULL,
    amount_cents bigint NOT NULL,
    recorded_by uuid NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT aftercare_cost_told_amount_cents_check CHECK ((amount_cents >= 0)),
    CONSTRAINT aftercare_cost_told_month_check CHECK ((EXTRACT(day FROM month) = (1)::numeric))
);


--
-- Name: aftercare_service_elsewhere; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.aftercare_service_elsewhere (
    id uuid NOT NULL,
    client_id uuid NOT NULL,
    county_code text NOT NULL,
    service text NOT NULL,
    arranged_from date NOT NULL,
    arranged_to date,
    recorded_by uuid NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT aftercare_service_elsewhere_check CHECK (((arranged_to IS NULL) OR (arranged_from <= arranged_to)))
);


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
    email text,
    language text DEFAULT 'fi'::text NOT NULL,
    leaving_on date,
    unit_lead boolean DEFAULT false NOT NULL,
    CONSTRAINT app_user_check CHECK (((role = ANY (ARRAY['supplier'::text, 'own_production'::text])) = (supplier_id IS NOT NULL))),
    CONSTRAINT app_user_language_check CHECK ((language = ANY (ARRAY['fi'::text, 'sv'::text, 'en'::text]))),
    CONSTRAINT app_user_profession_check CHECK ((profession = ANY (ARRAY['social_worker'::text, 'social_counsellor'::text]))),
    CONSTRAINT app_user_role_check CHECK ((role = ANY (ARRAY['own_worker'::text, 'arranging'::text, 'team_lead'::text, 'procurement'::text, 'supplier'::text, 'registrar'::text, 'own_production'::text]))),
    CONSTRAINT app_user_unit_lead_check CHECK (((NOT unit_lead) OR (role = 'own_production'::text)))
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
    state jsonb,
    paying_county text,
    aftercare boolean DEFAULT false NOT NULL,
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
-- Name: browser_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.browser_session (
    id_hash text NOT NULL,
    user_id uuid NOT NULL,
    csrf_token text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: case_attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_attachment (
    id uuid NOT NULL,
    case_id uuid NOT NULL,
    file_name text NOT NULL,
    content_type text NOT NULL,
    size_bytes integer NOT NULL,
    sha256 text NOT NULL,
    body bytea NOT NULL,
    uploaded_by uuid NOT NULL,
    uploaded_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT case_attachment_content_type_check CHECK ((content_type = 'application/pdf'::text)),
    CONSTRAINT case_attachment_file_name_check CHECK (((length(file_name) >= 1) AND (length(file_name) <= 200))),
    CONSTRAINT case_attachment_size_bytes_check CHECK ((size_bytes > 0))
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
    special_support_needs boolean DEFAULT false NOT NULL,
    CONSTRAINT client_language_check CHECK ((language = ANY (ARRAY['fi'::text, 'sv'::text]))),
    CONSTRAINT client_legal_basis_check CHECK ((legal_basis = ANY (ARRAY['SHL'::text, 'LsL'::text])))
);


--
-- Name: contract_change; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contract_change (
    id bigint NOT NULL,
    contract_id uuid NOT NULL,
    kind text NOT NULL,
    by_user uuid,
    reason text NOT NULL,
    before jsonb,
    after jsonb NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT contract_change_kind_check CHECK ((kind = ANY (ARRAY['created'::text, 'renewed'::text, 'repriced'::text, 'suspended'::text, 'resumed'::text, 'ended'::text])))
);


--
-- Name: contract_change_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.contract_change_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contract_change_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.contract_change_id_seq OWNED BY public.contract_change.id;


--
-- Name: contract_price; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contract_price (
    contract_id uuid NOT NULL,
    from_on date NOT NULL,
    unit_price_cents integer NOT NULL,
    CONSTRAINT contract_price_unit_price_cents_check CHECK ((unit_price_cents > 0))
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
-- Name: county; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.county (
    code text NOT NULL,
    name_fi text NOT NULL,
    name_sv text NOT NULL,
    name_en text NOT NULL,
    own boolean DEFAULT false NOT NULL,
    notice_url text
);


--
-- Name: county_setting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.county_setting (
    id bigint NOT NULL,
    key text NOT NULL,
    scope text DEFAULT ''::text NOT NULL,
    value numeric,
    valid_from date NOT NULL,
    source text NOT NULL,
    note text,
    example boolean DEFAULT false NOT NULL,
    set_by uuid,
    set_at timestamp with time zone DEFAULT now() NOT NULL,
    text_value text,
    CONSTRAINT county_setting_key_check CHECK ((key = ANY (ARRAY['purchase_baseline_cents'::text, 'purchase_reduction_target'::text, 'caseload_norm'::text, 'nps_target'::text, 'rectification_authority_address'::text, 'rectification_authority_email'::text, 'family_survey_after_months'::text, 'aftercare_caseload_norm'::text]))),
    CONSTRAINT county_setting_one_value CHECK (((value IS NULL) <> (text_value IS NULL)))
);


--
-- Name: county_setting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.county_setting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: county_setting_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.county_setting_id_seq OWNED BY public.county_setting.id;


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
-- Name: decision_letter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.decision_letter (
    arrangement_id uuid NOT NULL,
    seq integer NOT NULL,
    language text NOT NULL,
    pdf bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT decision_letter_language_check CHECK ((language = ANY (ARRAY['fi'::text, 'sv'::text])))
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
-- Name: decision_record; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.decision_record AS
 SELECT d.arrangement_id,
    d.seq,
    d.kind,
    d.outcome,
    d.decided_on,
    d.appeal_deadline,
    d.notification,
    d.decided_by,
    d.reason_text_id AS text_id,
    NULL::date AS ends_on
   FROM public.decision d
UNION ALL
 SELECT u.arrangement_id,
    u.seq,
    'unmet_need'::text AS kind,
    'unmet_need'::text AS outcome,
    ((u.recorded_at AT TIME ZONE 'Europe/Helsinki'::text))::date AS decided_on,
    NULL::date AS appeal_deadline,
    'post'::text AS notification,
    u.recorded_by AS decided_by,
    u.reason_text_id AS text_id,
    NULL::date AS ends_on
   FROM public.unmet_need u
UNION ALL
 SELECT e.arrangement_id,
    e.seq,
    'ending'::text AS kind,
    'ended'::text AS outcome,
    ((e.occurred_at AT TIME ZONE 'Europe/Helsinki'::text))::date AS decided_on,
    NULL::date AS appeal_deadline,
    'post'::text AS notification,
    e.actor_id AS decided_by,
    ((e.data ->> 'textId'::text))::uuid AS text_id,
    ((e.data ->> 'endsOn'::text))::date AS ends_on
   FROM public.arrangement_event e
  WHERE ((e.type = 'ended'::text) AND (COALESCE((e.data ->> 'planned'::text), 'false'::text) = 'false'::text));


--
-- Name: delivered_month; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.delivered_month (
    month date NOT NULL,
    supplier_id uuid NOT NULL,
    service_code text NOT NULL,
    visits integer NOT NULL,
    hours numeric NOT NULL
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
    next_due_at timestamp with time zone,
    new_goals_text_id uuid,
    evaluation_interval text
);


--
-- Name: family_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.family_session (
    id_hash text NOT NULL,
    person_id uuid NOT NULL,
    csrf_token text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: family_survey_answer; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.family_survey_answer (
    arrangement_id uuid NOT NULL,
    point text NOT NULL,
    feedback_id uuid NOT NULL,
    person_id uuid NOT NULL,
    answered_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT family_survey_answer_point_check CHECK ((point = ANY (ARRAY['ended'::text, 'running'::text])))
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
    life_situation smallint,
    worked_with text[],
    CONSTRAINT feedback_family_relations_check CHECK (((family_relations >= 1) AND (family_relations <= 4))),
    CONSTRAINT feedback_heard_check CHECK (((heard >= 1) AND (heard <= 4))),
    CONSTRAINT feedback_influence_check CHECK (((influence >= 1) AND (influence <= 4))),
    CONSTRAINT feedback_life_situation_check CHECK (((life_situation >= 1) AND (life_situation <= 4))),
    CONSTRAINT feedback_parent_coping_check CHECK (((parent_coping >= 1) AND (parent_coping <= 4))),
    CONSTRAINT feedback_received_via_check CHECK ((received_via = ANY (ARRAY['api'::text, 'import'::text, 'family'::text]))),
    CONSTRAINT feedback_recommend_check CHECK (((recommend >= 0) AND (recommend <= 10))),
    CONSTRAINT feedback_respondent_check CHECK ((respondent = ANY (ARRAY['family'::text, 'own_worker'::text]))),
    CONSTRAINT feedback_right_things_check CHECK (((right_things >= 1) AND (right_things <= 4))),
    CONSTRAINT feedback_worked_with_check CHECK (((worked_with <@ ARRAY['parents'::text, 'children'::text, 'whole_family'::text]) AND (cardinality(worked_with) > 0)))
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
-- Name: guardianship; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.guardianship (
    person_id uuid NOT NULL,
    client_id uuid NOT NULL
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
-- Name: oidc_sign_in; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.oidc_sign_in (
    id_hash text NOT NULL,
    state text NOT NULL,
    nonce text NOT NULL,
    code_verifier text NOT NULL,
    return_to text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
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
    delivered_at timestamp with time zone,
    stream text GENERATED ALWAYS AS (((split_part(topic, '.'::text, 1) || ':'::text) || COALESCE((payload ->> 'arrangementId'::text), (payload ->> 'caseId'::text), message_key))) STORED,
    status text DEFAULT 'pending'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone DEFAULT now() NOT NULL,
    retry_since timestamp with time zone DEFAULT now() NOT NULL,
    last_error text,
    parked_at timestamp with time zone,
    retried_by uuid,
    CONSTRAINT outbox_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'delivered'::text, 'parked'::text])))
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
-- Name: person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person (
    id uuid NOT NULL,
    identity_hash text NOT NULL,
    name text NOT NULL,
    client_id uuid
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
-- Name: purchase_month; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.purchase_month (
    month date NOT NULL,
    kind text NOT NULL,
    service_code text NOT NULL,
    municipality_code text NOT NULL,
    rows integer NOT NULL,
    charged_hours numeric NOT NULL,
    cost_cents numeric NOT NULL
);


--
-- Name: rectification_request; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rectification_request (
    id uuid NOT NULL,
    arrangement_id uuid NOT NULL,
    decision_seq integer NOT NULL,
    received_on date NOT NULL,
    in_time boolean NOT NULL,
    grounds text NOT NULL,
    recorded_by uuid,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    outcome text,
    outcome_on date,
    new_decision text,
    outcome_by uuid,
    court_filed_on date,
    court_outcome text,
    court_decided_on date,
    follow_up_arrangement_id uuid,
    sent_by_person_id uuid,
    CONSTRAINT rectification_request_check CHECK (((outcome IS NULL) = (outcome_on IS NULL))),
    CONSTRAINT rectification_request_check1 CHECK (((outcome <> 'changed'::text) OR (new_decision IS NOT NULL))),
    CONSTRAINT rectification_request_check2 CHECK (((court_outcome IS NULL) OR (court_filed_on IS NOT NULL))),
    CONSTRAINT rectification_request_court_outcome_check CHECK ((court_outcome = ANY (ARRAY['dismissed'::text, 'upheld'::text, 'overturned'::text, 'returned'::text]))),
    CONSTRAINT rectification_request_outcome_check CHECK ((outcome = ANY (ARRAY['upheld'::text, 'changed'::text, 'dismissed_late'::text]))),
    CONSTRAINT rectification_request_sender CHECK (((recorded_by IS NULL) <> (sent_by_person_id IS NULL)))
);


--
-- Name: service_step; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service_step (
    arrangement_id uuid NOT NULL,
    seq integer NOT NULL,
    code text NOT NULL,
    done_on date NOT NULL,
    recorded_by uuid NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    text_id uuid
);


--
-- Name: service_stop; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.service_stop AS
 SELECT o.arrangement_id,
    o.seq,
    (((o.data ->> 'periodEnd'::text))::date + 1) AS from_on,
    r.to_on
   FROM (public.arrangement_event o
     LEFT JOIN LATERAL ( SELECT (((p.data ->> 'periodStart'::text))::date - 1) AS to_on
           FROM public.arrangement_event p
          WHERE ((p.arrangement_id = o.arrangement_id) AND (p.seq > o.seq) AND (p.type = 'period_started'::text))
          ORDER BY p.seq
         LIMIT 1) r ON (true))
  WHERE ((o.type = 'reassessment_overdue'::text) AND ((r.to_on IS NULL) OR (r.to_on > ((o.data ->> 'periodEnd'::text))::date)));


--
-- Name: sign_in_throttle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sign_in_throttle (
    key character varying(255) NOT NULL,
    points integer DEFAULT 0 NOT NULL,
    expire bigint
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
    last_event_seq integer DEFAULT 0 NOT NULL,
    state jsonb
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
    own_production boolean DEFAULT false NOT NULL,
    webhook_url text,
    webhook_secret text,
    order_email text
);


--
-- Name: supplier_change; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supplier_change (
    id bigint NOT NULL,
    supplier_id uuid NOT NULL,
    kind text NOT NULL,
    by_user uuid,
    before jsonb,
    after jsonb NOT NULL,
    secret_changed boolean DEFAULT false NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT supplier_change_kind_check CHECK ((kind = ANY (ARRAY['created'::text, 'changed'::text])))
);


--
-- Name: supplier_change_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.supplier_change_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: supplier_change_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.supplier_change_id_seq OWNED BY public.supplier_change.id;


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
    order_email text,
    order_answer_working_days integer,
    procurement_decision text,
    suspended_on date,
    ended_on date,
    CONSTRAINT supplier_contract_check CHECK ((valid_from <= valid_to)),
    CONSTRAINT supplier_contract_ended_check CHECK (((ended_on IS NULL) OR (status = 'terminated'::text))),
    CONSTRAINT supplier_contract_order_answer_working_days_check CHECK (((order_answer_working_days >= 1) AND (order_answer_working_days <= 30))),
    CONSTRAINT supplier_contract_status_check CHECK ((status = ANY (ARRAY['active'::text, 'suspended'::text, 'terminated'::text]))),
    CONSTRAINT supplier_contract_suspended_check CHECK ((((status = 'suspended'::text) = (suspended_on IS NOT NULL)) OR ((status = 'terminated'::text) AND (suspended_on IS NOT NULL)))),
    CONSTRAINT supplier_contract_unit_check CHECK ((unit = ANY (ARRAY['hour'::text, 'visit'::text, 'day'::text, 'month'::text]))),
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
    phone text,
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
-- Name: unit_capacity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unit_capacity (
    supplier_id uuid NOT NULL,
    service_code text NOT NULL,
    hours_per_month integer NOT NULL,
    CONSTRAINT unit_capacity_hours_per_month_check CHECK (((hours_per_month >= 0) AND (hours_per_month <= 100000)))
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
    voided boolean DEFAULT false NOT NULL,
    CONSTRAINT visit_cancelled_by_check CHECK ((cancelled_by = ANY (ARRAY['client'::text, 'supplier'::text]))),
    CONSTRAINT visit_charged_hours_check CHECK ((charged_hours >= (0)::numeric)),
    CONSTRAINT visit_check CHECK (((status = 'cancelled'::text) = ((cancelled_by IS NOT NULL) AND (cancelled_at IS NOT NULL)))),
    CONSTRAINT visit_hours_check CHECK ((hours > (0)::numeric)),
    CONSTRAINT visit_status_check CHECK ((status = ANY (ARRAY['delivered'::text, 'cancelled'::text])))
);


--
-- Name: visit_charge; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.visit_charge AS
 SELECT v.arrangement_id,
    pc.seq AS commitment_seq,
    pc.kind,
    pc.unit,
    pc.unit_price_cents,
    min(v.visit_on) AS charged_on,
    sum(v.charged_hours) AS charged_hours,
        CASE pc.unit
            WHEN 'hour'::text THEN sum(v.charged_hours)
            WHEN 'visit'::text THEN sum((v.charged_hours / v.hours))
            ELSE max((v.charged_hours / v.hours))
        END AS units
   FROM (public.visit v
     JOIN LATERAL ( SELECT c.seq,
            c.kind,
            c.unit,
            c.unit_price_cents
           FROM public.payment_commitment c
          WHERE ((c.arrangement_id = v.arrangement_id) AND ((v.visit_on >= c.valid_from) AND (v.visit_on <= c.valid_to)))
          ORDER BY c.seq DESC
         LIMIT 1) pc ON (true))
  WHERE ((NOT v.voided) AND (v.charged_hours > (0)::numeric) AND (NOT (EXISTS ( SELECT 1
           FROM public.service_stop s
          WHERE ((s.arrangement_id = v.arrangement_id) AND (v.visit_on >= s.from_on) AND ((s.to_on IS NULL) OR (v.visit_on <= s.to_on)))))))
  GROUP BY v.arrangement_id, pc.seq, pc.kind, pc.unit, pc.unit_price_cents,
        CASE pc.unit
            WHEN 'day'::text THEN to_char((v.visit_on)::timestamp with time zone, 'YYYY-MM-DD'::text)
            WHEN 'month'::text THEN to_char((v.visit_on)::timestamp with time zone, 'YYYY-MM'::text)
            ELSE (v.id)::text
        END;


--
-- Name: visit_charge_month; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visit_charge_month (
    arrangement_id uuid NOT NULL,
    month date NOT NULL,
    kind text NOT NULL,
    service_code text NOT NULL,
    client_id uuid NOT NULL,
    charged_hours numeric NOT NULL,
    cost_cents numeric NOT NULL
);


--
-- Name: visit_correction; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visit_correction (
    id uuid NOT NULL,
    visit_id uuid NOT NULL,
    kind text NOT NULL,
    reason text NOT NULL,
    before jsonb NOT NULL,
    after jsonb,
    corrected_by uuid NOT NULL,
    corrected_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT visit_correction_check CHECK (((kind = 'edit'::text) = (after IS NOT NULL))),
    CONSTRAINT visit_correction_kind_check CHECK ((kind = ANY (ARRAY['edit'::text, 'cancel'::text])))
);


--
-- Name: voucher_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.voucher_provider (
    supplier_id uuid NOT NULL,
    service_code text NOT NULL,
    approved_on date NOT NULL,
    withdrawn_on date,
    approved_by uuid,
    CONSTRAINT voucher_provider_check CHECK (((withdrawn_on IS NULL) OR (withdrawn_on >= approved_on)))
);


--
-- Name: voucher_value; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.voucher_value (
    id bigint NOT NULL,
    service_code text NOT NULL,
    unit text NOT NULL,
    value_cents integer NOT NULL,
    valid_from date NOT NULL,
    source text NOT NULL,
    set_by uuid,
    set_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT voucher_value_unit_check CHECK ((unit = ANY (ARRAY['hour'::text, 'visit'::text]))),
    CONSTRAINT voucher_value_value_cents_check CHECK ((value_cents > 0))
);


--
-- Name: voucher_value_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.voucher_value_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: voucher_value_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.voucher_value_id_seq OWNED BY public.voucher_value.id;


--
-- Name: access_log id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_log ALTER COLUMN id SET DEFAULT nextval('public.access_log_id_seq'::regclass);


--
-- Name: contract_change id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contract_change ALTER COLUMN id SET DEFAULT nextval('public.contract_change_id_seq'::regclass);


--
-- Name: county_setting id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.county_setting ALTER COLUMN id SET DEFAULT nextval('public.county_setting_id_seq'::regclass);


--
-- Name: migrations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.migrations ALTER COLUMN id SET DEFAULT nextval('public.migrations_id_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox ALTER COLUMN id SET DEFAULT nextval('public.outbox_id_seq'::regclass);


--
-- Name: supplier_change id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supplier_change ALTER COLUMN id SET DEFAULT nextval('public.supplier_change_id_seq'::regclass);


--
-- Name: voucher_value id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voucher_value ALTER COLUMN id SET DEFAULT nextval('public.voucher_value_id_seq'::regclass);


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
-- Name: aftercare_cost_told aftercare_cost_told_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare_cost_told
    ADD CONSTRAINT aftercare_cost_told_pkey PRIMARY KEY (service_id, month);


--
-- Name: aftercare aftercare_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare
    ADD CONSTRAINT aftercare_pkey PRIMARY KEY (client_id);


--
-- Name: aftercare_service_elsewhere aftercare_service_elsewhere_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare_service_elsewhere
    ADD CONSTRAINT aftercare_service_elsewhere_pkey PRIMARY KEY (id);


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
-- Name: browser_session browser_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.browser_session
    ADD CONSTRAINT browser_session_pkey PRIMARY KEY (id_hash);


--
-- Name: case_attachment case_attachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_attachment
    ADD CONSTRAINT case_attachment_pkey PRIMARY KEY (id);


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
-- Name: contract_change contract_change_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contract_change
    ADD CONSTRAINT contract_change_pkey PRIMARY KEY (id);


--
-- Name: contract_price contract_price_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contract_price
    ADD CONSTRAINT contract_price_pkey PRIMARY KEY (contract_id, from_on);


--
-- Name: cost_centre cost_centre_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cost_centre
    ADD CONSTRAINT cost_centre_pkey PRIMARY KEY (code);


--
-- Name: county county_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.county
    ADD CONSTRAINT county_pkey PRIMARY KEY (code);


--
-- Name: county_setting county_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.county_setting
    ADD CONSTRAINT county_setting_pkey PRIMARY KEY (id);


--
-- Name: decision_letter decision_letter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision_letter
    ADD CONSTRAINT decision_letter_pkey PRIMARY KEY (arrangement_id, seq);


--
-- Name: decision decision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision
    ADD CONSTRAINT decision_pkey PRIMARY KEY (arrangement_id, seq);


--
-- Name: delivered_month delivered_month_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delivered_month
    ADD CONSTRAINT delivered_month_pkey PRIMARY KEY (month, supplier_id, service_code);


--
-- Name: evaluation evaluation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_pkey PRIMARY KEY (arrangement_id, seq);


--
-- Name: family_session family_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.family_session
    ADD CONSTRAINT family_session_pkey PRIMARY KEY (id_hash);


--
-- Name: family_survey_answer family_survey_answer_feedback_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.family_survey_answer
    ADD CONSTRAINT family_survey_answer_feedback_id_key UNIQUE (feedback_id);


--
-- Name: family_survey_answer family_survey_answer_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.family_survey_answer
    ADD CONSTRAINT family_survey_answer_pkey PRIMARY KEY (arrangement_id, point);


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
-- Name: guardianship guardianship_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardianship
    ADD CONSTRAINT guardianship_pkey PRIMARY KEY (person_id, client_id);


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
-- Name: oidc_sign_in oidc_sign_in_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oidc_sign_in
    ADD CONSTRAINT oidc_sign_in_pkey PRIMARY KEY (id_hash);


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
-- Name: person person_client_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_client_id_key UNIQUE (client_id);


--
-- Name: person person_identity_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_identity_hash_key UNIQUE (identity_hash);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);


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
-- Name: purchase_month purchase_month_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.purchase_month
    ADD CONSTRAINT purchase_month_pkey PRIMARY KEY (month, kind, service_code, municipality_code);


--
-- Name: rectification_request rectification_request_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rectification_request
    ADD CONSTRAINT rectification_request_pkey PRIMARY KEY (id);


--
-- Name: service_step service_step_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_step
    ADD CONSTRAINT service_step_pkey PRIMARY KEY (arrangement_id, seq);


--
-- Name: sign_in_throttle sign_in_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sign_in_throttle
    ADD CONSTRAINT sign_in_throttle_pkey PRIMARY KEY (key);


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
-- Name: supplier_change supplier_change_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supplier_change
    ADD CONSTRAINT supplier_change_pkey PRIMARY KEY (id);


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
-- Name: unit_capacity unit_capacity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_capacity
    ADD CONSTRAINT unit_capacity_pkey PRIMARY KEY (supplier_id, service_code);


--
-- Name: unmet_need unmet_need_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unmet_need
    ADD CONSTRAINT unmet_need_pkey PRIMARY KEY (arrangement_id, seq);


--
-- Name: visit_charge_month visit_charge_month_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_charge_month
    ADD CONSTRAINT visit_charge_month_pkey PRIMARY KEY (arrangement_id, month, kind);


--
-- Name: visit_correction visit_correction_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_correction
    ADD CONSTRAINT visit_correction_pkey PRIMARY KEY (id);


--
-- Name: visit visit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit
    ADD CONSTRAINT visit_pkey PRIMARY KEY (id);


--
-- Name: voucher_provider voucher_provider_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voucher_provider
    ADD CONSTRAINT voucher_provider_pkey PRIMARY KEY (supplier_id, service_code);


--
-- Name: voucher_value voucher_value_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voucher_value
    ADD CONSTRAINT voucher_value_pkey PRIMARY KEY (id);


--
-- Name: access_log_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX access_log_client ON public.access_log USING btree (client_id, at DESC);


--
-- Name: aftercare_placing; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX aftercare_placing ON public.aftercare USING btree (placing_county);


--
-- Name: aftercare_residence; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX aftercare_residence ON public.aftercare USING btree (residence_county);


--
-- Name: aftercare_service_elsewhere_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX aftercare_service_elsewhere_client ON public.aftercare_service_elsewhere USING btree (client_id);


--
-- Name: alert_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alert_open ON public.alert USING btree (team_id, raised_at) WHERE (resolved_at IS NULL);


--
-- Name: arrangement_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_client ON public.arrangement USING btree (client_id);


--
-- Name: arrangement_event_ended; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_event_ended ON public.arrangement_event USING btree ((((occurred_at AT TIME ZONE 'Europe/Helsinki'::text))::date)) WHERE (type = 'ended'::text);


--
-- Name: arrangement_own_worker; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_own_worker ON public.arrangement USING btree (own_worker_id, created_at);


--
-- Name: arrangement_paying_county; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_paying_county ON public.arrangement USING btree (paying_county) WHERE (paying_county IS NOT NULL);


--
-- Name: arrangement_queue; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_queue ON public.arrangement USING btree (team_id, due_on, id);


--
-- Name: arrangement_reach; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_reach ON public.arrangement USING btree (id) INCLUDE (service_code, team_id, own_worker_id, client_id);


--
-- Name: arrangement_reassessment_overdue; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_reassessment_overdue ON public.arrangement USING btree (service_code) INCLUDE (team_id, own_worker_id, client_id) WHERE (status = 'reassessment_overdue'::text);


--
-- Name: arrangement_running_evaluation; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_running_evaluation ON public.arrangement USING btree (next_evaluation_due_at) WHERE (status = ANY (ARRAY['active'::text, 'reassessment_overdue'::text]));


--
-- Name: arrangement_running_period; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_running_period ON public.arrangement USING btree (period_ends_at) WHERE (status = ANY (ARRAY['active'::text, 'reassessment_overdue'::text]));


--
-- Name: arrangement_running_worker; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_running_worker ON public.arrangement USING btree (own_worker_id) INCLUDE (client_id) WHERE (status = ANY (ARRAY['active'::text, 'reassessment_overdue'::text]));


--
-- Name: arrangement_started; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_started ON public.arrangement USING btree (started_on) INCLUDE (service_code, access_days, needs_assessed_on, catalogue_version, team_id, own_worker_id, client_id, supplier_id) WHERE (started_on IS NOT NULL);


--
-- Name: arrangement_supplier; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_supplier ON public.arrangement USING btree (supplier_id, service_code, status) INCLUDE (hours_per_month);


--
-- Name: arrangement_text_arrangement; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_text_arrangement ON public.arrangement_text USING btree (arrangement_id, created_at);


--
-- Name: browser_session_last_seen; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX browser_session_last_seen ON public.browser_session USING btree (last_seen_at);


--
-- Name: browser_session_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX browser_session_user ON public.browser_session USING btree (user_id);


--
-- Name: case_attachment_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX case_attachment_case ON public.case_attachment USING btree (case_id, uploaded_at);


--
-- Name: client_municipality; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX client_municipality ON public.client USING btree (municipality_code, own_worker_id) INCLUDE (id);


--
-- Name: client_own_worker; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX client_own_worker ON public.client USING btree (own_worker_id);


--
-- Name: contract_change_contract; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contract_change_contract ON public.contract_change USING btree (contract_id, id);


--
-- Name: county_own; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX county_own ON public.county USING btree (own) WHERE own;


--
-- Name: county_setting_in_force; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX county_setting_in_force ON public.county_setting USING btree (key, scope, valid_from DESC, id DESC);


--
-- Name: decision_decided; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX decision_decided ON public.decision USING btree (decided_on) INCLUDE (arrangement_id, seq, kind, outcome);


--
-- Name: family_session_last_seen; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX family_session_last_seen ON public.family_session USING btree (last_seen_at);


--
-- Name: family_session_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX family_session_person ON public.family_session USING btree (person_id);


--
-- Name: feedback_answered; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_answered ON public.feedback USING btree (answered_on) INCLUDE (arrangement_id, service_code, supplier_id, respondent, recommend, serious_concern);


--
-- Name: feedback_arrangement; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_arrangement ON public.feedback USING btree (arrangement_id);


--
-- Name: feedback_supplier; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_supplier ON public.feedback USING btree (supplier_id, service_code, answered_on);


--
-- Name: guardianship_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX guardianship_client ON public.guardianship USING btree (client_id);


--
-- Name: idempotency_key_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idempotency_key_created ON public.idempotency_key USING btree (created_at);


--
-- Name: oidc_sign_in_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX oidc_sign_in_created ON public.oidc_sign_in USING btree (created_at);


--
-- Name: outbox_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_due ON public.outbox USING btree (next_attempt_at, id) WHERE (status = 'pending'::text);


--
-- Name: outbox_parked; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_parked ON public.outbox USING btree (parked_at DESC) WHERE (status = 'parked'::text);


--
-- Name: outbox_stream; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_stream ON public.outbox USING btree (stream, id) WHERE (status <> 'delivered'::text);


--
-- Name: own_worker_handover_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX own_worker_handover_client ON public.own_worker_handover USING btree (client_id, recorded_at);


--
-- Name: planned_visit_supplier; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX planned_visit_supplier ON public.planned_visit USING btree (supplier_id, due_at);


--
-- Name: rectification_request_decision; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX rectification_request_decision ON public.rectification_request USING btree (arrangement_id, decision_seq);


--
-- Name: rectification_request_received; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX rectification_request_received ON public.rectification_request USING btree (received_on);


--
-- Name: sign_in_throttle_expire; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sign_in_throttle_expire ON public.sign_in_throttle USING btree (expire);


--
-- Name: supervision_case_one_open; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX supervision_case_one_open ON public.supervision_case USING btree (supplier_id) WHERE (status <> 'closed'::text);


--
-- Name: supervision_finding_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX supervision_finding_case ON public.supervision_finding USING btree (case_id);


--
-- Name: supervision_finding_pending; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX supervision_finding_pending ON public.supervision_finding USING btree (created_at) WHERE (delivered_at IS NULL);


--
-- Name: supplier_change_supplier; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX supplier_change_supplier ON public.supplier_change USING btree (supplier_id, id);


--
-- Name: supplier_contract_service; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX supplier_contract_service ON public.supplier_contract USING btree (service_code, supplier_id);


--
-- Name: team_arranging_per_basis; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX team_arranging_per_basis ON public.team USING btree (legal_basis) WHERE (kind = 'arranging'::text);


--
-- Name: unmet_need_recorded; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX unmet_need_recorded ON public.unmet_need USING btree ((((recorded_at AT TIME ZONE 'Europe/Helsinki'::text))::date));


--
-- Name: visit_arrangement; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_arrangement ON public.visit USING btree (arrangement_id, visit_on);


--
-- Name: visit_charge_month_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_charge_month_client ON public.visit_charge_month USING btree (client_id);


--
-- Name: visit_correction_visit; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_correction_visit ON public.visit_correction USING btree (visit_id, corrected_at);


--
-- Name: visit_day; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_day ON public.visit USING btree (visit_on) INCLUDE (arrangement_id, hours, charged_hours, status, voided);


--
-- Name: voucher_value_in_force; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX voucher_value_in_force ON public.voucher_value USING btree (service_code, valid_from DESC, id DESC);


--
-- Name: access_log access_log_no_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER access_log_no_change BEFORE DELETE OR UPDATE ON public.access_log FOR EACH ROW EXECUTE FUNCTION public.access_log_is_append_only();


--
-- Name: access_log access_log_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON public.access_log FOR EACH STATEMENT EXECUTE FUNCTION public.access_log_is_append_only();


--
-- Name: visit delivered_month; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER delivered_month AFTER INSERT OR DELETE OR UPDATE ON public.visit FOR EACH ROW EXECUTE FUNCTION public.delivered_month_visit();


--
-- Name: arrangement delivered_month_deleted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER delivered_month_deleted BEFORE DELETE ON public.arrangement FOR EACH ROW EXECUTE FUNCTION public.delivered_month_arrangement();


--
-- Name: arrangement delivered_month_moved; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER delivered_month_moved AFTER UPDATE OF supplier_id, service_code ON public.arrangement FOR EACH ROW WHEN (((old.supplier_id IS DISTINCT FROM new.supplier_id) OR (old.service_code IS DISTINCT FROM new.service_code))) EXECUTE FUNCTION public.delivered_month_arrangement();


--
-- Name: visit_charge_month purchase_month_added; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER purchase_month_added AFTER INSERT ON public.visit_charge_month REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION public.purchase_month_changed();


--
-- Name: client purchase_month_client_moved; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER purchase_month_client_moved AFTER UPDATE OF municipality_code ON public.client FOR EACH ROW WHEN ((old.municipality_code IS DISTINCT FROM new.municipality_code)) EXECUTE FUNCTION public.purchase_month_client_moved();


--
-- Name: visit_charge_month purchase_month_removed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER purchase_month_removed AFTER DELETE ON public.visit_charge_month REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION public.purchase_month_changed();


--
-- Name: arrangement_event visit_charge_month; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER visit_charge_month AFTER INSERT ON public.arrangement_event FOR EACH ROW WHEN ((new.type = ANY (ARRAY['reassessment_overdue'::text, 'period_started'::text]))) EXECUTE FUNCTION public.visit_charge_month_changed();


--
-- Name: payment_commitment visit_charge_month; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER visit_charge_month AFTER INSERT OR DELETE OR UPDATE ON public.payment_commitment FOR EACH ROW EXECUTE FUNCTION public.visit_charge_month_changed();


--
-- Name: visit visit_charge_month; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER visit_charge_month AFTER INSERT OR DELETE OR UPDATE ON public.visit FOR EACH ROW EXECUTE FUNCTION public.visit_charge_month_changed();


--
-- Name: aftercare aftercare_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare
    ADD CONSTRAINT aftercare_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: aftercare_cost_told aftercare_cost_told_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare_cost_told
    ADD CONSTRAINT aftercare_cost_told_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.app_user(id);


--
-- Name: aftercare_cost_told aftercare_cost_told_service_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare_cost_told
    ADD CONSTRAINT aftercare_cost_told_service_id_fkey FOREIGN KEY (service_id) REFERENCES public.aftercare_service_elsewhere(id);


--
-- Name: aftercare aftercare_placing_county_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare
    ADD CONSTRAINT aftercare_placing_county_fkey FOREIGN KEY (placing_county) REFERENCES public.county(code);


--
-- Name: aftercare aftercare_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare
    ADD CONSTRAINT aftercare_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.app_user(id);


--
-- Name: aftercare aftercare_residence_county_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare
    ADD CONSTRAINT aftercare_residence_county_fkey FOREIGN KEY (residence_county) REFERENCES public.county(code);


--
-- Name: aftercare_service_elsewhere aftercare_service_elsewhere_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare_service_elsewhere
    ADD CONSTRAINT aftercare_service_elsewhere_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.aftercare(client_id);


--
-- Name: aftercare_service_elsewhere aftercare_service_elsewhere_county_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare_service_elsewhere
    ADD CONSTRAINT aftercare_service_elsewhere_county_code_fkey FOREIGN KEY (county_code) REFERENCES public.county(code);


--
-- Name: aftercare_service_elsewhere aftercare_service_elsewhere_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aftercare_service_elsewhere
    ADD CONSTRAINT aftercare_service_elsewhere_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.app_user(id);


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
-- Name: arrangement arrangement_paying_county_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.arrangement
    ADD CONSTRAINT arrangement_paying_county_fkey FOREIGN KEY (paying_county) REFERENCES public.county(code);


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
-- Name: browser_session browser_session_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.browser_session
    ADD CONSTRAINT browser_session_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.app_user(id) ON DELETE CASCADE;


--
-- Name: case_attachment case_attachment_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_attachment
    ADD CONSTRAINT case_attachment_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.supervision_case(id);


--
-- Name: case_attachment case_attachment_uploaded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_attachment
    ADD CONSTRAINT case_attachment_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES public.app_user(id);


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
-- Name: contract_change contract_change_by_user_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contract_change
    ADD CONSTRAINT contract_change_by_user_fkey FOREIGN KEY (by_user) REFERENCES public.app_user(id);


--
-- Name: contract_change contract_change_contract_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contract_change
    ADD CONSTRAINT contract_change_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES public.supplier_contract(id);


--
-- Name: contract_price contract_price_contract_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contract_price
    ADD CONSTRAINT contract_price_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES public.supplier_contract(id);


--
-- Name: county_setting county_setting_set_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.county_setting
    ADD CONSTRAINT county_setting_set_by_fkey FOREIGN KEY (set_by) REFERENCES public.app_user(id);


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
-- Name: decision_letter decision_letter_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision_letter
    ADD CONSTRAINT decision_letter_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


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
-- Name: family_session family_session_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.family_session
    ADD CONSTRAINT family_session_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id) ON DELETE CASCADE;


--
-- Name: family_survey_answer family_survey_answer_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.family_survey_answer
    ADD CONSTRAINT family_survey_answer_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


--
-- Name: family_survey_answer family_survey_answer_feedback_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.family_survey_answer
    ADD CONSTRAINT family_survey_answer_feedback_id_fkey FOREIGN KEY (feedback_id) REFERENCES public.feedback(id);


--
-- Name: family_survey_answer family_survey_answer_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.family_survey_answer
    ADD CONSTRAINT family_survey_answer_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


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
-- Name: guardianship guardianship_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardianship
    ADD CONSTRAINT guardianship_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: guardianship guardianship_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guardianship
    ADD CONSTRAINT guardianship_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id) ON DELETE CASCADE;


--
-- Name: outbox outbox_retried_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_retried_by_fkey FOREIGN KEY (retried_by) REFERENCES public.app_user(id);


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
-- Name: person person_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.client(id);


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
-- Name: rectification_request rectification_request_arrangement; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rectification_request
    ADD CONSTRAINT rectification_request_arrangement FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


--
-- Name: rectification_request rectification_request_follow_up_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rectification_request
    ADD CONSTRAINT rectification_request_follow_up_arrangement_id_fkey FOREIGN KEY (follow_up_arrangement_id) REFERENCES public.arrangement(id);


--
-- Name: rectification_request rectification_request_outcome_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rectification_request
    ADD CONSTRAINT rectification_request_outcome_by_fkey FOREIGN KEY (outcome_by) REFERENCES public.app_user(id);


--
-- Name: rectification_request rectification_request_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rectification_request
    ADD CONSTRAINT rectification_request_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.app_user(id);


--
-- Name: rectification_request rectification_request_sent_by_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rectification_request
    ADD CONSTRAINT rectification_request_sent_by_person_id_fkey FOREIGN KEY (sent_by_person_id) REFERENCES public.person(id);


--
-- Name: service_step service_step_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_step
    ADD CONSTRAINT service_step_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


--
-- Name: service_step service_step_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_step
    ADD CONSTRAINT service_step_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.app_user(id);


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
-- Name: supplier_change supplier_change_by_user_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supplier_change
    ADD CONSTRAINT supplier_change_by_user_fkey FOREIGN KEY (by_user) REFERENCES public.app_user(id);


--
-- Name: supplier_change supplier_change_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supplier_change
    ADD CONSTRAINT supplier_change_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


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
-- Name: unit_capacity unit_capacity_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_capacity
    ADD CONSTRAINT unit_capacity_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


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
-- Name: visit_charge_month visit_charge_month_arrangement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_charge_month
    ADD CONSTRAINT visit_charge_month_arrangement_id_fkey FOREIGN KEY (arrangement_id) REFERENCES public.arrangement(id) ON DELETE CASCADE;


--
-- Name: visit_correction visit_correction_corrected_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_correction
    ADD CONSTRAINT visit_correction_corrected_by_fkey FOREIGN KEY (corrected_by) REFERENCES public.app_user(id);


--
-- Name: visit_correction visit_correction_visit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_correction
    ADD CONSTRAINT visit_correction_visit_id_fkey FOREIGN KEY (visit_id) REFERENCES public.visit(id) ON DELETE CASCADE;


--
-- Name: visit visit_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit
    ADD CONSTRAINT visit_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.app_user(id);


--
-- Name: voucher_provider voucher_provider_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voucher_provider
    ADD CONSTRAINT voucher_provider_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.app_user(id);


--
-- Name: voucher_provider voucher_provider_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voucher_provider
    ADD CONSTRAINT voucher_provider_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


--
-- Name: voucher_value voucher_value_set_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voucher_value
    ADD CONSTRAINT voucher_value_set_by_fkey FOREIGN KEY (set_by) REFERENCES public.app_user(id);


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
INSERT INTO public.migrations VALUES (10, 1764350000000, 'Deliveries1764350000000');
INSERT INTO public.migrations VALUES (11, 1764360000000, 'DecisionLetters1764360000000');
INSERT INTO public.migrations VALUES (12, 1764370000000, 'Appeals1764370000000');
INSERT INTO public.migrations VALUES (13, 1764380000000, 'RectificationFollowUp1764380000000');
INSERT INTO public.migrations VALUES (14, 1764390000000, 'LettersForUnmetNeedsAndEndings1764390000000');
INSERT INTO public.migrations VALUES (15, 1764400000000, 'ProcessStateDocuments1764400000000');
INSERT INTO public.migrations VALUES (16, 1764410000000, 'OrderAnswerTime1764410000000');
INSERT INTO public.migrations VALUES (17, 1764420000000, 'BrowserSessions1764420000000');
INSERT INTO public.migrations VALUES (18, 1764430000000, 'SignInThrottle1764430000000');
INSERT INTO public.migrations VALUES (19, 1764440000000, 'SessionsKeepNoProviderToken1764440000000');
INSERT INTO public.migrations VALUES (20, 1764450000000, 'ContractHistory1764450000000');
INSERT INTO public.migrations VALUES (21, 1764460000000, 'CaseAttachments1764460000000');
INSERT INTO public.migrations VALUES (22, 1764470000000, 'SupplierRecord1764470000000');
INSERT INTO public.migrations VALUES (23, 1764480000000, 'CountySettings1764480000000');
INSERT INTO public.migrations VALUES (24, 1764493000000, 'RegistrarAndLeavingDay1764493000000');
INSERT INTO public.migrations VALUES (25, 1764494000000, 'VisitCorrections1764494000000');
INSERT INTO public.migrations VALUES (26, 1764500000000, 'ServiceStops1764500000000');
INSERT INTO public.migrations VALUES (27, 1764510000000, 'EvaluationIntervalAndSteps1764510000000');
INSERT INTO public.migrations VALUES (28, 1764520000000, 'CardRulesAndSpecialSupportNeeds1764520000000');
INSERT INTO public.migrations VALUES (29, 1764530000000, 'ServiceVouchers1764530000000');
INSERT INTO public.migrations VALUES (30, 1764540000000, 'WholeSurvey1764540000000');
INSERT INTO public.migrations VALUES (31, 1764550000000, 'AppealableDecisions1764550000000');
INSERT INTO public.migrations VALUES (32, 1764560000000, 'OwnProductionUnits1764560000000');
INSERT INTO public.migrations VALUES (33, 1764565000000, 'FamilyView1764565000000');
INSERT INTO public.migrations VALUES (34, 1764570000000, 'FamilyOnline1764570000000');
INSERT INTO public.migrations VALUES (35, 1764575000000, 'UnitLeads1764575000000');
INSERT INTO public.migrations VALUES (36, 1764580000000, 'ReportIndexesAndChargeSummary1764580000000');
INSERT INTO public.migrations VALUES (37, 1764590000000, 'Aftercare1764590000000');
INSERT INTO public.migrations VALUES (38, 1764600000000, 'UnitHoursAndCaseloadIndexes1764600000000');


--
-- Name: migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.migrations_id_seq', 38, true);


--
-- PostgreSQL database dump complete
--


