package dev.cfscale.render.guide;

import dev.cfscale.render.guide.GuideView.AreaView;
import dev.cfscale.render.guide.GuideView.Item;
import java.util.List;

/** The audit as an HTML page shows it: counts, findings by area (suppressed ones apart), what was read, and input problems. */
public record AuditView(String title, List<Item> meta, List<Item> stats, List<AreaView> areas, List<InputRow> inputs, List<String> problems,
    List<String> notes) {

  /** One input discovery looked at: the file, audited or skipped, as what, and how much code was read (or why it was skipped). */
  public record InputRow(String file, String status, String role, String detail) {}
}
