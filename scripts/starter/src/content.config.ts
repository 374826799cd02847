// Arkivets innehållssamlingar kommer från protokollarkiv. Den här filen behöver aldrig ändras.
export { collections } from 'protokollarkiv/content';
