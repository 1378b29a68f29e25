-- The schema made by the migrations at commit 6624261e5e1a93472e12532aeb15dbe045efb899
-- (2026-11-23: Service catalogue with principle cards: versioned, browsable in fi/sv/en, changed by the team lead; ).
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

SET default_tablespace = '';

SET default_table_access_method = heap;

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
    special_considerations text[] DEFAULT '{}'::text[] NOT NULL
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
    CONSTRAINT decision_outcome_check CHECK ((outcome = ANY (ARRAY['granted'::text, 'denied'::text])))
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
    CONSTRAINT payment_commitment_kind_check CHECK ((kind = ANY (ARRAY['payment_commitment'::text, 'internal_order'::text, 'service_voucher'::text]))),
    CONSTRAINT payment_commitment_status_check CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text])))
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
-- Name: payment_commitment payment_commitment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_commitment
    ADD CONSTRAINT payment_commitment_pkey PRIMARY KEY (arrangement_id, seq);


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
-- Name: arrangement_text_arrangement; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX arrangement_text_arrangement ON public.arrangement_text USING btree (arrangement_id, created_at);


--
-- Name: client_own_worker; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX client_own_worker ON public.client USING btree (own_worker_id);


--
-- Name: supplier_contract_service; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX supplier_contract_service ON public.supplier_contract USING btree (service_code, supplier_id);


--
-- Name: team_arranging_per_basis; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX team_arranging_per_basis ON public.team USING btree (legal_basis) WHERE (kind = 'arranging'::text);


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
-- Name: supplier_contract supplier_contract_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supplier_contract
    ADD CONSTRAINT supplier_contract_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.supplier(id);


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


--
-- Name: migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.migrations_id_seq', 2, true);


--
-- PostgreSQL database dump complete
--


