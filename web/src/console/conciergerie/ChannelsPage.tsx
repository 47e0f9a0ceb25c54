import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import type { ChannelType } from "../../conciergerie";
import { slugify } from "../../slug";
import { FormEnd } from "../../ui/FormEnd";
import { type FieldErrors, useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useMembership } from "../consoleContext";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { ChannelQrDownloads } from "./ChannelQrDownloads";
import { ConciergeriePage } from "./ConciergeriePage";
import { useChannels } from "./directory";
import { useLabels } from "./labels";

/** Who brings newcomers to the Conciergerie: each channel has its link and QR code, so sign-ups are attributed. */
export function ChannelsPage() {
  const { t } = useTranslation("conciergerie");
  const { label } = useLabels();
  const format = useFormat();
  const { role, canManage } = useMembership();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { query, channels } = useChannels();
  const [status, setStatus] = useState("");

  return (
    <ConciergeriePage title={t("channels.title")} intro={t("channels.intro")}>
      {!canManage && <ReadOnlyNote role={role} what={t("channels.what")} />}
      <p role="status" className="status">
        {status}
      </p>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <QueryFailure error={query.error} retry={() => query.refetch()} />
      ) : channels.length === 0 ? (
        <p>
          {t("channels.none")}
          {canManage && ` ${t("channels.noneHint")}`}
        </p>
      ) : (
        <table>
          <caption>{t("channels.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("channels.channel")}</th>
              <th scope="col">{t("channels.type")}</th>
              <th scope="col">{t("channels.link")}</th>
              <th scope="col">{t("channels.qrCode")}</th>
              <th scope="col">{t("channels.created")}</th>
            </tr>
          </thead>
          <tbody>
            {channels.map((channel) => (
              <tr key={channel.code}>
                <th scope="row">{channel.name}</th>
                <td>{label("channelTypes", channel.type)}</td>
                <td>
                  <a href={channel.link}>{channel.link}</a>
                </td>
                <td>
                  <ChannelQrDownloads code={channel.code} name={channel.name} />
                </td>
                <td>{format.day(channel.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && (
        <CreateChannel
          onCreated={(name) => {
            setStatus(t("channels.createdStatus", { name }));
            void queryClient.invalidateQueries(trpc.conciergerie.channels.queryFilter());
          }}
        />
      )}
    </ConciergeriePage>
  );
}

const fields = ["name", "type", "code", "form"];

function CreateChannel({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation("conciergerie");
  const { choices } = useLabels();
  const trpc = useTRPC();
  const create = useMutation(trpc.conciergerie.createChannel.mutationOptions());
  const [name, setName] = useState("");
  const [type, setType] = useState<ChannelType>("employer");
  const [code, setCode] = useState("");
  const [codeTouched, setCodeTouched] = useState(false);
  const { errors, setErrors, show, showFailure } = useFieldErrors(fields);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const found: FieldErrors = {};
    if (name.trim().length < 2) found.name = t("channels.errors.name");
    if (!/^[a-z0-9-]{2,40}$/.test(code.trim())) found.code = t("channels.errors.code");
    if (show(found)) return;
    create.mutate(
      { name: name.trim(), type, code: code.trim() },
      {
        onSuccess: (created) => {
          setName("");
          setCode("");
          setCodeTouched(false);
          onCreated(created.name);
        },
        onError: showFailure,
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="create-channel-heading">
      <h2 id="create-channel-heading">{t("channels.create")}</h2>
      <TextField
        id="name"
        label={t("channels.name")}
        hint={t("channels.nameHint")}
        value={name}
        onChange={(next) => {
          setName(next);
          if (!codeTouched) setCode(slugify(next));
          setErrors({});
        }}
        required
        maxLength={120}
        errors={errors}
      />
      <SelectField
        id="type"
        label={t("channels.type")}
        choices={choices("channelTypes")}
        value={type}
        onChange={setType}
        errors={errors}
      />
      <TextField
        id="code"
        label={t("channels.code")}
        hint={t("channels.codeHint")}
        value={code}
        onChange={(next) => {
          setCode(next);
          setCodeTouched(true);
          setErrors({});
        }}
        required
        maxLength={40}
        autoCapitalize="none"
        spellCheck={false}
        errors={errors}
      />
      <FormEnd submit={t("channels.submit")} pending={create.isPending} errors={errors} />
    </form>
  );
}
