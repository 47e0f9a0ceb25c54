import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTRPC } from "../../api";
import type { ChannelType } from "../../conciergerie";
import { slugify } from "../../slug";
import { FormEnd } from "../../ui/FormEnd";
import { type FieldErrors, useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useMembership } from "../consoleContext";
import { QueryFailure } from "../QueryFailure";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { ChannelQrDownloads } from "./ChannelQrDownloads";
import { ConciergeriePage } from "./ConciergeriePage";
import { useChannels } from "./directory";
import { formatDay } from "./format";
import { channelTypeLabels, choicesOf, label } from "./labels";

/** Who brings newcomers to the Conciergerie: each channel has its link and QR code, so sign-ups are attributed. */
export function ChannelsPage() {
  const { role, canManage } = useMembership();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { query, channels } = useChannels();
  const [status, setStatus] = useState("");

  return (
    <ConciergeriePage
      title="Channels"
      intro="Employers, town halls, campaigns… each channel hands out its own link or QR code to your help form, so you see which channel brings whom."
    >
      {!canManage && <ReadOnlyNote role={role} what="the channels" />}
      <p role="status" className="status">
        {status}
      </p>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <QueryFailure error={query.error} retry={() => query.refetch()} />
      ) : channels.length === 0 ? (
        <p>
          No channel yet. {canManage ? "Create the first one below, then share its link or print its QR code." : ""}
        </p>
      ) : (
        <table>
          <caption>Your channels</caption>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Type</th>
              <th scope="col">Link to share</th>
              <th scope="col">QR code</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {channels.map((channel) => (
              <tr key={channel.code}>
                <th scope="row">{channel.name}</th>
                <td>{label(channelTypeLabels, channel.type)}</td>
                <td>
                  <a href={channel.link}>{channel.link}</a>
                </td>
                <td>
                  <ChannelQrDownloads code={channel.code} name={channel.name} />
                </td>
                <td>{formatDay(channel.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && (
        <CreateChannel
          onCreated={(name) => {
            setStatus(`Channel "${name}" created.`);
            void queryClient.invalidateQueries(trpc.conciergerie.channels.queryFilter());
          }}
        />
      )}
    </ConciergeriePage>
  );
}

const fields = ["name", "type", "code", "form"];

function CreateChannel({ onCreated }: { onCreated: (name: string) => void }) {
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
    if (name.trim().length < 2) found.name = "Name the channel (2 characters or more).";
    if (!/^[a-z0-9-]{2,40}$/.test(code.trim())) found.code = "Use 2 to 40 lowercase letters, digits or hyphens.";
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
      <h2 id="create-channel-heading">Create a channel</h2>
      <TextField
        id="name"
        label="Name"
        hint="As your team knows it, for example: Hôpital Minjoz recruitment."
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
        label="Type"
        choices={choicesOf(channelTypeLabels)}
        value={type}
        onChange={setType}
        errors={errors}
      />
      <TextField
        id="code"
        label="Code"
        hint="Goes in the link (…/help?src=code). Lowercase letters, digits and hyphens; it cannot be changed later."
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
      <FormEnd submit="Create the channel" pending={create.isPending} errors={errors} />
    </form>
  );
}
