import { saveNote, saveDraft } from "../server/notes";

export function NoteForm() {
  return <form onSubmit={(e) => { saveNote({ data: { id: "1", text: "hi" } }); saveDraft({ data: "x" }); }} />;
}
