import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the workbench's icon, about image and splash: four arcs, one per pillar of the engine, in the pillar colours
 * of the diagrams. Run once with `java releng/scripts/BrandingImages.java bundles/org.salesengine.ui`; the images
 * are committed.
 */
public class BrandingImages {
	static final Color[] PILLARS = { new Color(0x2E6FD8), new Color(0x2A9D8F), new Color(0xE09F3E), new Color(0x8E5CC4) };
	static final Color INK = new Color(0x1E2A38);

	public static void main(String[] args) throws Exception {
		File bundle = new File(args[0]);
		for (int size : new int[] { 16, 32, 48 }) {
			BufferedImage icon = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
			Graphics2D g = icon.createGraphics();
			engine(g, 0, 0, size);
			g.dispose();
			ImageIO.write(icon, "png", new File(bundle, "icons/engine" + size + ".png"));
		}
		BufferedImage about = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
		Graphics2D a = about.createGraphics();
		a.setColor(Color.WHITE);
		a.fillRect(0, 0, 120, 120);
		engine(a, 10, 10, 100);
		a.dispose();
		ImageIO.write(about, "png", new File(bundle, "icons/about.png"));

		BufferedImage splash = new BufferedImage(480, 340, BufferedImage.TYPE_INT_RGB);
		Graphics2D s = splash.createGraphics();
		s.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		s.setColor(new Color(0xF7F8FA));
		s.fillRect(0, 0, 480, 340);
		engine(s, 20, 30, 120);
		s.setColor(INK);
		s.setFont(new Font("DejaVu Sans", Font.BOLD, 26));
		s.drawString("Sales Engine", 160, 80);
		s.drawString("Workbench", 160, 112);
		s.setFont(new Font("DejaVu Sans", Font.PLAIN, 13));
		String[] lines = { "Design the sales engine as text. Check that strategy,",
				"structure and processes, culture and behaviors, KPIs",
				"and compensation line up, see how the parts connect,",
				"and find the part that would shift results the most." };
		for (int i = 0; i < lines.length; i++) {
			s.drawString(lines[i], 20, 200 + 20 * i);
		}
		s.dispose();
		ImageIO.write(splash, "bmp", new File(bundle, "splash.bmp"));
	}

	/** Four quarter arcs around a hub: the four parts of the engine, which must line up. */
	static void engine(Graphics2D g, int x, int y, int size) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		float stroke = Math.max(2f, size / 6f);
		float inset = stroke / 2 + Math.max(0.5f, size / 32f);
		g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
		for (int i = 0; i < 4; i++) {
			g.setColor(PILLARS[i]);
			g.draw(new Arc2D.Float(x + inset, y + inset, size - 2 * inset, size - 2 * inset, 90 - i * 90 - 4, -82, Arc2D.OPEN));
		}
		g.setColor(INK);
		float hub = size / 4.5f;
		g.fill(new Ellipse2D.Float(x + size / 2f - hub / 2, y + size / 2f - hub / 2, hub, hub));
	}
}
