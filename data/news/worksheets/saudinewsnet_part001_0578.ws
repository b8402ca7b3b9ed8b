# saudinewsnet_part001_0578 (annotator47)
# Quoted activity labels that are plain common nouns («رمي السهام», «الشكولاتة», «الباص السياحي», "فعالية الشوكولاتة", "معرض الشكولاتة", "مهرجان التسوق") have no type;
# coined activity names («السودة أجمل», «روناجرو») are EVENT, like «مشكاة» (annotator28). "القرية التراثية" (the heritage village, generic) and the activity descriptions are not annotated.
@P1
EVENT | مهرجان أبها يجمعنا | p1_festival

@P2
EVENT | مهرجان أبها يجمعنا | p2_festival
LOC | السودة | p2_soudah1              # the Al-Soudah highland area near Abha
FAC | فندق الإنتركونتنتال | p2_hotel1      # "فندق" kept: the chain name alone would read as a company (annotator28/part020_0283)
EVENT | السودة أجمل | p2_soudah_ajmal1
EVENT | روناجرو | p2_ronagro1
FAC | منتزه الملك عبدالعزيز | p2_park1
FAC | ساحة المفتاحة الخارجية | p2_square1
FAC | حديقة أبوخيال | p2_abukhayal1
ORG | الشركة السياحية الوطنية | p2_company1
ORG | سياحية | p2_company_brand
FAC | حديقة أبها الجديدة | p2_newpark1
FAC | منتجع السودة | p2_resort_soudah
FAC | منتجع الحبلة | p2_resort_habala
LOC | السودة | p2_soudah2
EVENT | السودة أجمل | p2_soudah_ajmal2
FAC | منتزه الملك عبدالعزير | p2_park2       # misspelling as written
PER | عوض زارب | p2_zarib
EVENT | روناجرو | p2_ronagro2
FAC | فندق الإنتركونتننتال | p2_hotel2      # misspelling as written
FAC | ساحة المفتاحة الخارجية | p2_square2
ORG | الشركة السياحية الوطنية | p2_company2
FAC | حديقة أبها الجديدة | p2_newpark2
LOC | السودة | p2_soudah3              # "منتجعي السودة والحياة": shared dual head, only the place name annotated
GPE | قرية رجال | p2_rijal              # the village; "قرية" kept since "رجال" alone is a common noun
LOC | الحبلة | p2_habala
FAC | حديقة أبوخيال | p2_abukhayal2
FAC | ساحة المفتاحة الخارجية | p2_square3
REL | LOCATED_IN | p2_hotel1 | p2_soudah1
REL | LOCATED_IN | p2_park1 | p2_soudah1
REL | LOCATED_IN | p2_park2 | p2_soudah2
