// Shows which activity the resident came from ("Vervoer nodig?" adds ?activiteit=<id>).
const id = new URLSearchParams(location.search).get('activiteit');
const line = document.getElementById('ride-activity');
if (id && line) {
  line.textContent = `U vraagt vervoer aan voor activiteit ${id}.`;
  line.hidden = false;
}
export {};
